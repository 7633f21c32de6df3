using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Observatory.Host.Dashboard.Forms;

/// <summary>What the person typed, kept as typed so a refused form comes back with every value in place.</summary>
public sealed class FormValues
{
    private readonly Dictionary<string, StringValues> _values;

    public FormValues(IEnumerable<KeyValuePair<string, StringValues>> values) =>
        _values = new Dictionary<string, StringValues>(values, StringComparer.Ordinal);

    public static FormValues Empty { get; } = new([]);

    public static FormValues Of(IFormCollection form) => new(form);

    public string this[string name] => _values.TryGetValue(name, out var v) ? v.ToString().Trim() : "";

    public IReadOnlyList<string> All(string name) =>
        _values.TryGetValue(name, out var v) ? [.. v.Select(s => (s ?? "").Trim()).Where(s => s.Length > 0)] : [];

    public bool Has(string name, string value) => All(name).Contains(value, StringComparer.Ordinal);

    /// <summary>A copy with one value replaced: a representative's partner is theirs, whatever the form said.</summary>
    public FormValues With(string name, string value) =>
        new(_values.Where(kv => kv.Key != name).Append(new(name, value)));
}

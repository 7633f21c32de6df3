using System.Text.RegularExpressions;

namespace Observatory.Domain.EventStore;

/// <summary>
/// Network and stream identifiers are short lowercase slugs, so they are safe as file names, URL segments and
/// distribution keys. Streams are named "{kind}" or "{kind}-{id}", for example "network" or "meeting-markaryd-2022-06".
/// </summary>
public static partial class StreamNames
{
    public const string NetworkStream = "network";

    public static bool IsValidNetwork(string? value) => value is not null && NetworkPattern().IsMatch(value);

    public static bool IsValidStream(string? value) => value is not null && StreamPattern().IsMatch(value);

    public static string Kind(string stream)
    {
        var dash = stream.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? stream : stream[..dash];
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex NetworkPattern();

    [GeneratedRegex("^[a-z]+(-[a-z0-9][a-z0-9._-]{0,150})?$")]
    private static partial Regex StreamPattern();
}

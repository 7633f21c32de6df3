using System.Text.RegularExpressions;

namespace Observatory.Host.Stores.Postgres;

/// <summary>The one rule for schema names, which are spliced into SQL text (every value is a parameter).</summary>
internal static partial class PostgresSchemaName
{
    public static string Checked(string? schema) =>
        Pattern().IsMatch(schema ?? "")
            ? schema!
            : throw new ArgumentException($"Schema '{schema}' is not valid: use 1 to 48 characters of a-z, 0-9 and '_', starting with a letter or '_'.", nameof(schema));

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,47}$")]
    private static partial Regex Pattern();
}

namespace Observatory.Host.Cli;

/// <summary>A command-line input that cannot be used; printed as one line naming the option and the rule.</summary>
public sealed class CliException(string field, string rule) : Exception($"{field}: {rule}");

namespace Observatory.Domain.Deciding;

/// <summary>
/// A refusal by the domain's rules. <see cref="Rule"/> is a stable kebab-case name (for example
/// "leadership-term-minimum-12-months") that clients and tests match on; <see cref="Field"/> names the offending input.
/// </summary>
public sealed record DomainError(string Rule, string Message, string? Field = null)
{
    public override string ToString() => Field is null ? $"[{Rule}] {Message}" : $"[{Rule}] {Field}: {Message}";
}

namespace Observatory.Host.Importing;

/// <summary>Why a line was refused: the line, the field (dotted path) and the rule, as one readable line.</summary>
public sealed record ImportError(int LineNumber, string Field, string Rule)
{
    public override string ToString() => $"line {LineNumber}: {Field}: {Rule}";
}

namespace Observatory.Host.Importing;

/// <summary>What an import did. When <see cref="Errors"/> is not empty nothing was appended.</summary>
public sealed record ImportReport(int EventLines, int Appended, int AlreadyInLog, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

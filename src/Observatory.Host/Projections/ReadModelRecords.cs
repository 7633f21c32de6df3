namespace Observatory.Host.Projections;

/// <summary>A read model's lifecycle: built beside the live one, switched to live when caught up, retired when replaced.</summary>
public enum ReadModelStatus
{
    Building,
    Live,
    Retired,
}

/// <summary>One read model: a projection at one version, for one network (the network leads every key).</summary>
public sealed record ReadModelKey(string Network, string Projection, int Version)
{
    public override string ToString() => $"{Network}/{Projection}/v{Version}";
}

/// <summary>
/// A stored read model. <see cref="Checkpoint"/> is the last log position folded into <see cref="Document"/>;
/// <see cref="Revision"/> counts commits and is the optimistic-concurrency token of the next one.
/// </summary>
public sealed record ReadModelDocument(
    ReadModelKey Key, ReadModelStatus Status, long Checkpoint, long Revision, string Document, DateTimeOffset UpdatedAt);

/// <summary>A live read model without its document: enough to know whether a state in memory is the stored one.</summary>
public sealed record LiveHeader(string Projection, int Version, long Checkpoint, long Revision, DateTimeOffset UpdatedAt);

/// <summary>An event a projection could not apply, or a later event of a stream parked before it.</summary>
public sealed record ParkedEvent(long Position, string Stream, Guid EventId, string Error, DateTimeOffset ParkedAt);

/// <summary>
/// The new content of one read model within a commit. <see cref="Parked"/> are inserted (or their error replaced when
/// already parked); <see cref="Unparked"/> positions are removed, after a successful retry. <see cref="GoesLive"/>
/// retires whatever other version of the projection was live, in the same transaction. A null
/// <see cref="Document"/> keeps the stored one and moves only the checkpoint: most events change few read models,
/// and rewriting a network's whole state for an event it ignores was most of the daemon's cost.
/// </summary>
public sealed record ReadModelWrite(
    ReadModelKey Key,
    long ExpectedRevision,
    ReadModelStatus Status,
    long Checkpoint,
    string? Document,
    IReadOnlyList<ParkedEvent> Parked,
    IReadOnlyList<long> Unparked)
{
    public bool GoesLive { get; init; }
}

/// <summary>Another writer committed the read model since it was loaded; reload it and fold again from its checkpoint.</summary>
public sealed class ReadModelConflictException(ReadModelKey key, long expectedRevision)
    : Exception($"Read model {key} is no longer at revision {expectedRevision}: another writer committed it.")
{
    public ReadModelKey Key { get; } = key;
}

/// <summary>The words both stores keep in their status column.</summary>
public static class ReadModelStatuses
{
    public static string ToText(ReadModelStatus status) => status switch
    {
        ReadModelStatus.Building => "building",
        ReadModelStatus.Live => "live",
        ReadModelStatus.Retired => "retired",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown read-model status."),
    };

    public static ReadModelStatus Parse(string text) => text switch
    {
        "building" => ReadModelStatus.Building,
        "live" => ReadModelStatus.Live,
        "retired" => ReadModelStatus.Retired,
        _ => throw new FormatException($"'{text}' is not a read-model status (building | live | retired)."),
    };
}

/// <summary>Checks both stores apply to a write before touching the database.</summary>
internal static class ReadModelWrites
{
    public static void CheckDocument(ReadModelWrite write)
    {
        if (write.Document is null && write.ExpectedRevision == 0)
            throw new ArgumentException($"Read model {write.Key} is not stored yet: its first write needs a document.", nameof(write));
    }
}

namespace Observatory.Contracts.V1;

/// <summary>
/// AMQP header names every published <see cref="ObservatoryEventV1"/> carries, so a subscriber can route, filter or
/// dedupe without parsing the body. The message id (AMQP property message_id) is the event id.
/// </summary>
public static class ObservatoryHeaders
{
    public const string Network = "network";
    public const string Stream = "stream";
    public const string StreamVersion = "stream-version";
    public const string Position = "position";
    public const string Type = "type";
    public const string SchemaVersion = "schema-version";
    public const string OccurredOn = "occurred-on";
    public const string RecordedAt = "recorded-at";

    /// <summary>Present (value "true") only on events sent again by the administrator's republish.</summary>
    public const string Republished = "republished";
}

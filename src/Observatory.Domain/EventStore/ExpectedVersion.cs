namespace Observatory.Domain.EventStore;

/// <summary>
/// The stream version a writer decided against. Versions start at 1; <see cref="NoStream"/> (0) expects an empty
/// stream and <see cref="Any"/> skips the check (used by imports of historical facts, never by commands).
/// </summary>
public readonly record struct ExpectedVersion(long Value)
{
    public static ExpectedVersion Any { get; } = new(-1);
    public static ExpectedVersion NoStream { get; } = new(0);

    public static ExpectedVersion Exactly(long version) =>
        version >= 0 ? new(version) : throw new ArgumentOutOfRangeException(nameof(version), version, "A stream version is 0 or more.");

    public bool IsAny => Value < 0;

    public override string ToString() => IsAny ? "any" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

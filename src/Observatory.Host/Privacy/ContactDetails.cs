namespace Observatory.Host.Privacy;

/// <summary>
/// What a person may choose to leave so the network can answer them individually. Only ever stored sealed under
/// their key (<see cref="ContactCipher"/>); the log, the read models and every message carry none of it in clear.
/// </summary>
public sealed record ContactDetails(string? Name = null, string? Phone = null, string? Email = null, string? PreferredLanguage = null);

/// <summary>A contact as a view shows it: the details, or <see cref="Erased"/> once the person's key is gone.</summary>
public sealed record ContactReading(ContactDetails? Details)
{
    public const string ErasedMark = "[erased]";

    public static ContactReading Erased { get; } = new((ContactDetails?)null);

    public bool IsErased => Details is null;

    public override string ToString() => Details is { } d
        ? string.Join(", ", new[] { d.Name, d.Phone, d.Email }.Where(v => v is not null))
        : ErasedMark;
}

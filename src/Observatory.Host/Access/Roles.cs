namespace Observatory.Host.Access;

/// <summary>
/// What a credential may do in its one network. Names are the wire and command-line spelling; they are stored, so
/// they never change.
/// </summary>
public static class Roles
{
    public const string Leader = "leader";
    public const string Representative = "representative";
    public const string Analyst = "analyst";
    public const string Subscriber = "subscriber";
    public const string Administrator = "administrator";

    public static IReadOnlyList<string> All { get; } = [Leader, Representative, Analyst, Subscriber, Administrator];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}

/// <summary>The claims a credential becomes; the network claim is the tenant, and nothing else ever is.</summary>
public static class AccessClaims
{
    public const string Network = "observatory/network";
    public const string Role = "observatory/role";
    public const string Partner = "observatory/partner";
    public const string KeyId = "observatory/key-id";
}

namespace Observatory.Host.Access;

/// <summary>Limits per credential; bound from the configuration section "Observatory:Access".</summary>
public sealed class AccessOptions
{
    public const string Section = "Observatory:Access";

    /// <summary>Requests one credential may make per <see cref="WindowSeconds"/>; beyond it, 429 with Retry-After.</summary>
    public int PermitsPerWindow { get; set; } = 600;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>
    /// Anonymous feedback posts one client address may send per <see cref="PublicFeedbackWindowSeconds"/>: enough for a
    /// family at one connection, too few to flood a network's feedback with scripted entries.
    /// </summary>
    public int PublicFeedbackPermits { get; set; } = 10;

    public int PublicFeedbackWindowSeconds { get; set; } = 600;

    /// <summary>How long a key lookup is remembered (and so how long a revoked key may still work).</summary>
    public int CredentialCacheSeconds { get; set; } = 10;
}

namespace Observatory.Host.Access;

/// <summary>
/// A bearer key as stored: never the key itself, only its SHA-256. <see cref="PartnerId"/> is set for partner
/// representatives alone. A revoked credential stays listed, so who had access when remains answerable.
/// </summary>
public sealed record Credential(string Network, string KeyId, string Role, string? PartnerId, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}

/// <summary>Where credentials live: beside the log, in the same database, keyed by network first (the distribution column).</summary>
public interface ICredentialStore
{
    Task EnsureSchemaAsync(CancellationToken cancellationToken = default);

    Task AddAsync(Credential credential, string keyHash, CancellationToken cancellationToken = default);

    /// <returns>The credential whose key hashes to <paramref name="keyHash"/> in <paramref name="network"/>, revoked or not.</returns>
    Task<Credential?> FindAsync(string network, string keyHash, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Credential>> ListAsync(string? network, CancellationToken cancellationToken = default);

    /// <returns>false when no unrevoked credential has that id in that network.</returns>
    Task<bool> RevokeAsync(string network, string keyId, DateTimeOffset revokedAt, CancellationToken cancellationToken = default);
}

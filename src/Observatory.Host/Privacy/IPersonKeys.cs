namespace Observatory.Host.Privacy;

/// <summary>
/// Per-person encryption keys, kept outside the log but in the same database (table <c>person_keys</c>), so one
/// backup holds both and an erasure is one short transaction. Deleting a key is what erases: the log keeps only
/// ciphertext made with it.
/// </summary>
public interface IPersonKeys
{
    /// <summary>Stores a new key. A key id is never reused, so storing one twice is an error.</summary>
    Task CreateAsync(string network, string keyId, byte[] key, DateTimeOffset createdAt, CancellationToken cancellationToken = default);

    /// <summary>The key, or null when it never existed or was erased.</summary>
    Task<byte[]?> FindAsync(string network, string keyId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Overwrites and forgets the key bytes, keeping the row (key id and times only) as the record that an erasure
    /// happened. Returns false when there was no live key to erase.
    /// </summary>
    Task<bool> EraseAsync(string network, string keyId, DateTimeOffset erasedAt, CancellationToken cancellationToken = default);
}

namespace Observatory.Host.Privacy;

/// <summary>
/// Called after an erasure committed: the seam for rebuilding read models that could have shown the erased data.
/// Today none can: read models never hold contact details, not even as ciphertext, and the one contact view
/// decrypts on read, so a missing key already shows "[erased]" (see docs/privacy.md). A projection that ever does
/// hold personal data registers a follow-up that bumps its version or asks the daemon to rebuild it.
/// </summary>
public interface IErasureFollowUp
{
    Task AfterErasureAsync(string network, string keyId, IReadOnlyList<string> streams, CancellationToken cancellationToken = default);
}

/// <summary>The default: decrypt-on-read needs no rebuild; the personal-data-erased events update the loop's read model as they flow.</summary>
public sealed class NoRebuildNeeded : IErasureFollowUp
{
    public Task AfterErasureAsync(string network, string keyId, IReadOnlyList<string> streams, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}

using System.Collections.Concurrent;

namespace Observatory.Host.Access;

/// <summary>
/// Resolves presented keys to credentials. Answers are remembered for <see cref="AccessOptions.CredentialCacheSeconds"/>,
/// so a busy caller costs one database read per interval; a revocation therefore takes effect within that interval.
/// Unknown keys are remembered too, so guessing costs the database nothing.
/// </summary>
public sealed class KeyRing(ICredentialStore store, AccessOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (Credential? Credential, DateTimeOffset Until)> _recent = new(StringComparer.Ordinal);

    public async Task<Credential?> ResolveAsync(string key, CancellationToken cancellationToken)
    {
        if (!ApiKeys.TryReadNetwork(key, out var network))
            return null;
        var hash = ApiKeys.Hash(key);
        var now = clock.GetUtcNow();
        if (!_recent.TryGetValue(hash, out var cached) || cached.Until <= now)
        {
            cached = (await store.FindAsync(network, hash, cancellationToken).ConfigureAwait(false),
                now.AddSeconds(options.CredentialCacheSeconds));
            if (_recent.Count > 10_000) _recent.Clear(); // bounded: a flood of guesses cannot grow it without end
            _recent[hash] = cached;
        }
        return cached.Credential is { IsRevoked: false } credential ? credential : null;
    }
}

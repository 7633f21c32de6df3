using System.Collections.Concurrent;
using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;
using Observatory.Host.Log;

namespace Observatory.Host.Api;

/// <summary>
/// One folded ledger per network, kept in memory and brought up to date from its last position before each decision,
/// so a command costs a read of what is new rather than a refold of the whole log. Decisions of one network are taken
/// one at a time behind its gate; the store's expected-version check still guards against other processes.
/// </summary>
public sealed class LedgerCache(IEventStore store)
{
    private readonly ConcurrentDictionary<string, NetworkSlot> _slots = new(StringComparer.Ordinal);

    public NetworkSlot For(string network) => _slots.GetOrAdd(network, n => new NetworkSlot(store, n));

    /// <summary>Where an event id landed: what makes an idempotent retry answerable without searching the log.</summary>
    public sealed record EventPlace(string Stream, long StreamVersion, long Position);

    public sealed class NetworkSlot(IEventStore store, string network)
    {
        private readonly Dictionary<Guid, EventPlace> _places = [];

        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>An immutable snapshot; safe to read without the gate.</summary>
        public NetworkLedger Ledger { get; private set; } = NetworkLedger.Empty;

        /// <summary>Folds what the log gained since the last call. Call it holding <see cref="Gate"/>.</summary>
        public async Task CatchUpAsync(CancellationToken cancellationToken)
        {
            var ledger = Ledger;
            await foreach (var stored in store.ReadLogAsync(network, ledger.Position, cancellationToken).ConfigureAwait(false))
            {
                ledger = ledger.Evolve(stored.ToRecorded());
                _places[stored.EventId] = new EventPlace(stored.Stream, stored.StreamVersion, stored.Position);
            }
            Ledger = ledger;
        }

        public EventPlace? Find(Guid eventId) => _places.GetValueOrDefault(eventId);

        /// <summary>Brings the ledger up to date under the gate, for readers that want the latest stream versions.</summary>
        public async Task<NetworkLedger> CurrentAsync(CancellationToken cancellationToken)
        {
            await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await CatchUpAsync(cancellationToken).ConfigureAwait(false);
                return Ledger;
            }
            finally
            {
                Gate.Release();
            }
        }
    }
}

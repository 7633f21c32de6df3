using System.Collections.Immutable;
using Observatory.Domain.Deciding;
using Observatory.Domain.EventStore;
using Observatory.Domain.Network;

namespace Observatory.Domain.Recording;

/// <summary>
/// Everything the rules need about one network, folded from its log. Immutable: <see cref="Evolve"/> returns a new
/// ledger, so a caller can decide against a snapshot while the log moves on.
/// </summary>
public sealed record NetworkLedger
{
    private ImmutableDictionary<string, StreamHistory> Streams { get; init; } =
        ImmutableDictionary.Create<string, StreamHistory>(StringComparer.Ordinal);

    public static NetworkLedger Empty { get; } = new();

    /// <summary>The highest global position folded so far (0 for an empty log).</summary>
    public long Position { get; private init; }

    public NetworkState Network => StateOf<NetworkState>(StreamNames.NetworkStream) ?? NetworkState.Initial;

    /// <summary>Folds one stored event. Does not check rules: history is what happened, even if imported leniently.</summary>
    public NetworkLedger Evolve(RecordedEvent recorded)
    {
        var history = History(recorded.Stream) ?? StreamHistory.Start(StreamKinds.Find(recorded.Stream));
        if (recorded.StreamVersion != 0 && recorded.StreamVersion <= history.Version)
            return this; // already folded: readers may deliver an event twice
        return this with
        {
            Streams = Streams.SetItem(recorded.Stream, history.Append(recorded)),
            Position = Math.Max(Position, recorded.Position),
        };
    }

    /// <summary>Checks the fact against the rules for its stream kind; accepted decisions carry the fact itself.</summary>
    public Decision Decide(RecordFact command) => FactDecider.Decide(this, command);

    public long StreamVersion(string stream) => History(stream)?.Version ?? 0;

    public StreamHistory? History(string stream) => Streams.GetValueOrDefault(stream);

    public TState? StateOf<TState>(string stream) where TState : class => History(stream)?.State as TState;

    /// <summary>The states of every stream of one kind, for rules that span streams (cycles never overlap, numbers are unique).</summary>
    public IEnumerable<(string Stream, TState State)> StatesOf<TState>(string kind) where TState : class =>
        Streams.Where(s => s.Value.Kind?.Name == kind && s.Value.State is TState)
            .Select(s => (s.Key, (TState)s.Value.State!));
}

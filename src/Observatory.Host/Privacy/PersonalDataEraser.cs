using Observatory.Domain.EventStore;
using Observatory.Domain.Feedback;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;
using Observatory.Host.Log;

namespace Observatory.Host.Privacy;

/// <summary>What an erasure did: the streams that now carry personal-data-erased, and whether a live key was deleted.</summary>
public sealed record ErasureResult(string KeyId, bool KeyDeleted, IReadOnlyList<string> Streams);

/// <summary>
/// An erasure request: delete the person's key first (from that moment nothing sealed under it can be read, wherever
/// a copy of the ciphertext went), then record <see cref="PersonalDataErased"/> in every feedback stream sealed under
/// it, through the same rules as any fact. The order matters: if the append fails, the data is already unreadable
/// and a retry only adds the missing events.
/// </summary>
public sealed class PersonalDataEraser(IEventStore events, IPersonKeys keys, IErasureFollowUp? followUp = null, TimeProvider? time = null)
{
    public const string Actor = "privacy:erasure";

    private readonly IErasureFollowUp _followUp = followUp ?? new NoRebuildNeeded();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <param name="actor">Who asked, as the log names recorders (<c>key:{id}</c>); never a person's name.</param>
    public async Task<ErasureResult> EraseAsync(string network, string keyId, string actor = Actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        var now = _time.GetUtcNow();
        var deleted = await keys.EraseAsync(network, keyId, now, cancellationToken).ConfigureAwait(false);

        var ledger = NetworkLedger.Empty;
        await foreach (var stored in events.ReadLogAsync(network, cancellationToken: cancellationToken).ConfigureAwait(false))
            ledger = ledger.Evolve(stored.ToRecorded());

        var correlation = Guid.CreateVersion7();
        var appends = new List<StreamAppend>();
        foreach (var (stream, _) in ledger.StatesOf<FeedbackCase>(StreamKinds.Feedback).Where(s => s.State.ContactKeyId == keyId && !s.State.ContactErased))
        {
            var fact = new PersonalDataErased(keyId);
            var decision = ledger.Decide(new RecordFact(stream, fact, now, now));
            if (!decision.IsAccepted)
                throw new InvalidOperationException($"The erasure of '{stream}' was refused: {decision.Error}");
            var (type, version, data) = EventSerializer.Serialize(fact);
            appends.Add(new StreamAppend(stream, ExpectedVersion.Exactly(ledger.StreamVersion(stream)),
                [new EventToAppend(Guid.CreateVersion7(), type, version, data, now, new EventMetadata(actor, correlation))]));
        }
        if (appends.Count > 0)
            await events.AppendAsync(network, appends, cancellationToken).ConfigureAwait(false);

        var streams = appends.Select(a => a.Stream).ToList();
        await _followUp.AfterErasureAsync(network, keyId, streams, cancellationToken).ConfigureAwait(false);
        return new ErasureResult(keyId, deleted, streams);
    }
}

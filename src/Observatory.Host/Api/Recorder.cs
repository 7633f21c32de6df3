using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Observatory.Domain.EventStore;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;
using Observatory.Host.Access;
using Observatory.Host.Log;
using Observatory.Projections.Facts;

namespace Observatory.Host.Api;

/// <summary>What a command endpoint answers: where the entry landed. A retry gets the very same answer.</summary>
public sealed record RecordedEntry(Guid EventId, string Network, string Stream, long StreamVersion, long Position, string Type);

/// <summary>
/// Records one entry: check the caller's scope, recognise a retry by its event id, check the expected version, let
/// the domain decide, then append expecting the version (and, when the ledger was not read just now, the network
/// head) decided against. Every refusal comes before the append, so nothing is stored on any error.
/// </summary>
public sealed class Recorder(IEventStore store, LedgerCache ledgers, TimeProvider clock, ILogger<Recorder> logger)
{
    private const int Attempts = 3;

    public async Task<Results<Created<RecordedEntry>, Ok<RecordedEntry>, ProblemHttpResult>> RecordAsync(
        string network, string stream, EventTypeInfo type, RecordBody.Parsed body, Guid? eventId, long? ifMatch,
        ClaimsPrincipal user, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!StreamNames.IsValidStream(stream))
            return ApiProblems.Malformed("stream", "must be \"{kind}\" or \"{kind}-{id}\": a lowercase kind, then letters, digits, '.', '_' or '-'");
        var slot = ledgers.For(network);
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A ledger kept current by folding this process's own appends is decided against without reading the
            // log: the append names the head it assumes, and the store refuses it if another process wrote since.
            // Every answer but a new entry is given from a ledger read in this call, so none rests on a stale view.
            var fresh = false;
            if (!slot.HasCaughtUp)
            {
                await slot.CatchUpAsync(cancellationToken).ConfigureAwait(false);
                fresh = true;
            }
            // Counts the tries decided on a ledger read in this call, as a stream written meanwhile by another process allows.
            for (var attempt = fresh ? 1 : 0; ; attempt++)
            {
                var outcome = await TryRecordAsync(slot, fresh, attempt >= Attempts, network, stream, type, body, eventId, ifMatch, user, response,
                    cancellationToken).ConfigureAwait(false);
                if (outcome is { } answer)
                    return answer;
                await slot.CatchUpAsync(cancellationToken).ConfigureAwait(false);
                fresh = true;
            }
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <returns>Null to catch up and go again: the ledger was not read in this call, or another process wrote the stream meanwhile.</returns>
    private async Task<Results<Created<RecordedEntry>, Ok<RecordedEntry>, ProblemHttpResult>?> TryRecordAsync(
        LedgerCache.NetworkSlot slot, bool fresh, bool lastAttempt, string network, string stream, EventTypeInfo type,
        RecordBody.Parsed body, Guid? eventId, long? ifMatch, ClaimsPrincipal user, HttpResponse response, CancellationToken cancellationToken)
    {
        var ledger = slot.Ledger;
        if (RecordingScope.Check(user, ledger, stream, body.Fact) is { } refusal)
        {
            if (!fresh)
                return null;
            AccessResultHandler.LogRefused(logger, user.FindFirst(AccessClaims.KeyId)?.Value ?? "?",
                user.FindFirst(AccessClaims.Role)?.Value ?? "?", "POST", $"streams/{{stream}}/{type.WireName}", refusal.Rule);
            return ApiProblems.Forbidden(refusal.Rule, refusal.Detail);
        }
        // A place in the ledger is a stored event, however the ledger got it.
        if (eventId is { } known && slot.Find(known) is { } place)
            return await RetryAsync(network, stream, type, body, known, place, response, cancellationToken).ConfigureAwait(false);

        var version = ledger.StreamVersion(stream);
        if (ifMatch is { } expected && expected != version)
        {
            if (!fresh)
                return null;
            return ApiProblems.Stale(stream, expected, version);
        }

        var now = clock.GetUtcNow();
        var occurredOn = body.OccurredOn ?? DefaultOccurredOn(body.Fact, now);
        var decision = ledger.Decide(new RecordFact(stream, body.Fact, occurredOn, now));
        if (!decision.IsAccepted)
        {
            if (!fresh)
                return null;
            return ApiProblems.BrokenRule(decision.Error!.Rule, decision.Error.Field, decision.Error.Message);
        }

        var id = eventId ?? Guid.CreateVersion7(now);
        var actor = $"key:{user.FindFirst(AccessClaims.KeyId)?.Value}";
        var events = decision.Events.Select((fact, i) =>
        {
            var (wire, schema, data) = EventSerializer.Serialize(fact);
            return new EventToAppend(i == 0 ? id : Guid.CreateVersion7(now), wire, schema, data, occurredOn,
                new EventMetadata(actor, Guid.CreateVersion7(now)));
        }).ToList();
        try
        {
            StreamAppend[] appends = [new StreamAppend(stream, ExpectedVersion.Exactly(version), events)];
            // Just read, the ledger's head may already be passed by another process: the stream version guards the
            // stream, as before. Folded from our own appends, the ledger names its head.
            var result = fresh
                ? await store.AppendAsync(network, appends, cancellationToken).ConfigureAwait(false)
                : await store.AppendAsync(network, appends, ledger.Position, cancellationToken).ConfigureAwait(false);
            var first = result.Events[0];
            if (first.AlreadyStored && !fresh)
                return null;
            if (!first.AlreadyStored)
                slot.FoldOwn(result, events, decision.Events, now);
            var entry = new RecordedEntry(first.EventId, network, first.Stream, result.Events[^1].StreamVersion, first.Position, type.WireName);
            response.Headers.ETag = CommandHeaders.ETag(entry.StreamVersion);
            return first.AlreadyStored
                ? TypedResults.Ok(entry)
                : TypedResults.Created($"/api/v1/networks/{network}/streams/{stream}", entry);
        }
        catch (WrongExpectedHeadException)
        {
            return null;
        }
        catch (WrongExpectedVersionException) when (!fresh || (ifMatch is null && !lastAttempt))
        {
            // Another process wrote the stream meanwhile; unless the caller asked for a particular version against a
            // ledger read just now, decide again.
            return null;
        }
        catch (WrongExpectedVersionException e)
        {
            return ApiProblems.Stale(stream, ifMatch ?? version, e.Actual);
        }
        catch (EventIdConflictException)
        {
            if (!fresh)
                return null;
            return IdempotencyKeyReused();
        }
        catch (InvalidAppendException e)
        {
            return ApiProblems.Malformed(e.Field, e.Rule);
        }
    }

    /// <summary>The same key and the same entry: the original answer, nothing appended. The same key for another entry: refused.</summary>
    private async Task<Results<Created<RecordedEntry>, Ok<RecordedEntry>, ProblemHttpResult>> RetryAsync(string network, string stream,
        EventTypeInfo type, RecordBody.Parsed body, Guid eventId, LedgerCache.EventPlace place, HttpResponse response, CancellationToken cancellationToken)
    {
        StoredEvent? stored = null;
        await foreach (var e in store.ReadStreamAsync(network, place.Stream, place.StreamVersion, cancellationToken).ConfigureAwait(false))
        {
            stored = e;
            break;
        }
        var same = stored is not null && stored.EventId == eventId && place.Stream == stream && stored.Type == type.WireName
                   && (body.OccurredOn is null || body.OccurredOn == stored.OccurredOn)
                   && JsonNode.DeepEquals(JsonNode.Parse(EventSerializer.Serialize(stored.ToRecorded().Event).Data), JsonNode.Parse(body.CanonicalData));
        if (!same)
            return IdempotencyKeyReused();
        response.Headers.ETag = CommandHeaders.ETag(place.StreamVersion);
        return TypedResults.Ok(new RecordedEntry(eventId, network, place.Stream, place.StreamVersion, place.Position, type.WireName));
    }

    private static ProblemHttpResult IdempotencyKeyReused() =>
        ApiProblems.BrokenRule("idempotency-key-reused", "Idempotency-Key", "this key already recorded a different entry; an idempotency key names one entry only");

    /// <summary>The entry's own business date when it has one (a meeting's start), else the moment of recording.</summary>
    private static DateTimeOffset DefaultOccurredOn(IDomainEvent fact, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var day = BusinessDates.Of(fact, today);
        return day == today ? now : Commands.StartOf(day);
    }
}

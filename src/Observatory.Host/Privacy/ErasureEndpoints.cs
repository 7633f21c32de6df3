using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Observatory.Domain.Feedback;
using Observatory.Domain.Recording;
using Observatory.Host.Access;
using Observatory.Host.Api;

namespace Observatory.Host.Privacy;

/// <summary>
/// What an erasure request answers. <see cref="KeyDeleted"/> and <see cref="Streams"/> say what this request did;
/// a repeated request finds the key gone and every stream already marked, so it does nothing and says so with
/// <see cref="AlreadyErased"/>. Nothing personal: key ids and stream names only.
/// </summary>
public sealed record ErasureAnswer(string Network, string KeyId, bool KeyDeleted, IReadOnlyList<string> Streams, bool AlreadyErased);

/// <summary>
/// Erasure over HTTP, for the network's leader or administrator: <c>DELETE /api/v1/networks/{network}/person-keys/{keyId}</c>
/// or, when the request names the feedback rather than the key, <c>DELETE …/feedback/{stream}/contact</c>. Both run the
/// same <see cref="PersonalDataEraser"/> (key first, then the erasure events, then the follow-up) and are idempotent.
/// The network is the credential's: the route's {network} must match it, or the answer is 404.
/// </summary>
public static class ErasureEndpoints
{
    public static RouteGroupBuilder MapErasures(this RouteGroupBuilder network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var group = network.MapGroup("").WithTags("Privacy");
        group.MapDelete("/person-keys/{keyId}", ByKeyAsync)
            .WithName("erase-person-key")
            .WithSummary("Erase a person's contact details: delete their key and record personal-data-erased")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/feedback/{stream}/contact", ByFeedbackAsync)
            .WithName("erase-feedback-contact")
            .WithSummary("Erase the contact details left with one piece of feedback (the key they were sealed under)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    public static async Task<Results<Ok<ErasureAnswer>, ProblemHttpResult>> ByKeyAsync(string network, string keyId, HttpContext http,
        LedgerCache ledgers, IPersonKeys keys, PersonalDataEraser eraser, CancellationToken cancellationToken)
    {
        var slot = ledgers.For(network);
        var ledger = await slot.CurrentAsync(cancellationToken);
        var sealedUnderIt = ledger.StatesOf<FeedbackCase>(StreamKinds.Feedback).Any(s => s.State.ContactKeyId == keyId);
        if (!sealedUnderIt && await keys.FindAsync(network, keyId, cancellationToken) is null)
            return ApiProblems.NotFound("keyId", $"no person's key '{keyId}' in this network");
        return TypedResults.Ok(await EraseAsync(network, keyId, http, slot, eraser, cancellationToken));
    }

    public static async Task<Results<Ok<ErasureAnswer>, ProblemHttpResult>> ByFeedbackAsync(string network, string stream, HttpContext http,
        LedgerCache ledgers, PersonalDataEraser eraser, CancellationToken cancellationToken)
    {
        var slot = ledgers.For(network);
        var ledger = await slot.CurrentAsync(cancellationToken);
        if (!stream.StartsWith(StreamKinds.Feedback + "-", StringComparison.Ordinal) || ledger.StateOf<FeedbackCase>(stream) is not { } feedback)
            return ApiProblems.NotFound("stream", $"no feedback '{stream}' in this network");
        if (feedback.ContactKeyId is null)
            return ApiProblems.BrokenRule("feedback-without-contact", "stream", $"stream: feedback '{stream}' holds no contact details to erase");
        return TypedResults.Ok(await EraseAsync(network, feedback.ContactKeyId, http, slot, eraser, cancellationToken));
    }

    /// <summary>Under the network's decision gate, so no command of the API races the erasure events for a stream version.</summary>
    private static async Task<ErasureAnswer> EraseAsync(string network, string keyId, HttpContext http, LedgerCache.NetworkSlot slot,
        PersonalDataEraser eraser, CancellationToken cancellationToken)
    {
        var actor = $"key:{http.User.FindFirst(AccessClaims.KeyId)?.Value}";
        await slot.Gate.WaitAsync(cancellationToken);
        try
        {
            var result = await eraser.EraseAsync(network, keyId, actor, cancellationToken);
            await slot.CatchUpAsync(cancellationToken);
            return new ErasureAnswer(network, keyId, result.KeyDeleted, result.Streams, !result.KeyDeleted && result.Streams.Count == 0);
        }
        finally
        {
            slot.Gate.Release();
        }
    }
}

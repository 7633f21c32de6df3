using System.Collections.Immutable;
using Observatory.Domain.Deciding;
using Observatory.Domain.Network;
using Observatory.Domain.Recording;
using Observatory.Domain.Sharing;

namespace Observatory.Domain.Outcomes;

/// <summary>Numbers are unique per kind within their meeting (or network-wide); only recommendations are followed up.</summary>
public static class OutcomeDecider
{
    public sealed record OutcomeState(IOutcomeAdopted? Adopted)
    {
        public static OutcomeState Initial { get; } = new((IOutcomeAdopted?)null);
    }

    public static OutcomeState Evolve(OutcomeState state, IOutcomeEvent fact) =>
        fact is IOutcomeAdopted adopted ? new OutcomeState(adopted) : state;

    public static DomainError? Check(OutcomeState state, IOutcomeEvent fact, FactContext context) => fact switch
    {
        IOutcomeAdopted adopted => (adopted.Number >= 1 ? null : new DomainError("outcome-number-invalid", "must be 1 or more", "number"))
            ?? Require.Text(adopted.Text, "text", "outcome-text-required", Require.MaxLongText)
            ?? SharingDecider.ExistingStream(adopted.MeetingStream, StreamKinds.Meeting, "meetingStream", context)
            ?? UniqueNumber(adopted, context),
        RecommendationFollowedUp followUp => (state.Adopted is RecommendationAdopted ? null
                : new DomainError("follow-up-needs-recommendation", "only a recommendation is followed up, not a conclusion", "type"))
            ?? Require.Text(followUp.Action, "action", "follow-up-action-required", Require.MaxLongText)
            ?? Require.Known(followUp.Status, "status")
            ?? context.Network.OptionalCurrentPartner(followUp.PartnerId, context.On, "partnerId"),
        _ => null,
    };

    internal static ImmutableHashSet<Type> CreatingEvents { get; } = [typeof(ConclusionAdopted), typeof(RecommendationAdopted)];

    private static DomainError? UniqueNumber(IOutcomeAdopted adopted, FactContext context) =>
        context.Ledger.StatesOf<OutcomeState>(StreamKinds.Outcome)
            .Any(o => o.Stream != context.Stream && o.State.Adopted is { } other && other.GetType() == adopted.GetType()
                && other.Number == adopted.Number && other.MeetingStream == adopted.MeetingStream)
            ? new DomainError("outcome-number-not-unique", $"number {adopted.Number} is already adopted {(adopted.MeetingStream is null ? "by the network" : $"at '{adopted.MeetingStream}'")}", "number")
            : null;
}

using Observatory.Domain.Corrections;
using Observatory.Domain.Feedback;
using Observatory.Domain.Growth;
using Observatory.Domain.Platform;
using Observatory.Domain.Recording;
using Observatory.Projections.Facts;
using Observatory.Projections.Roster;

namespace Observatory.Projections.Helpline;

/// <summary>A request without its summary: requests are about people, and the read model only counts them.</summary>
public sealed record RequestReceived(string PartnerId, ContactChannel Channel, CompetenceArea Topic, string Language);

public sealed record RequestReferred(string SpecialistStream);

/// <summary><see cref="AnsweredInLanguage"/> is null for resolutions that did not record it.</summary>
public sealed record RequestResolved(RequestOutcome Outcome, string? AnsweredInLanguage = null);

/// <summary>A withdrawal keeps no reason: the directory only needs to know the profile is gone.</summary>
public sealed record ProfileWithdrawn;

/// <summary>The partners (<see cref="Roster"/>) give each profile its country, so the directory can be searched by country.</summary>
public sealed record HelplineState(
    NetworkRoster Roster,
    EntryTable<SpecialistProfileListed> Profiles,
    EntryTable<ProfileWithdrawn> Withdrawals,
    EntryTable<RequestReceived> Requests,
    EntryTable<RequestReferred> Referrals,
    EntryTable<RequestResolved> Resolutions)
{
    public static HelplineState Initial { get; } = new(NetworkRoster.Empty, Tables.Empty<SpecialistProfileListed>(), Tables.Empty<ProfileWithdrawn>(),
        Tables.Empty<RequestReceived>(), Tables.Empty<RequestReferred>(), Tables.Empty<RequestResolved>());
}

public sealed class HelplineProjection : Projection<HelplineState>
{
    public static HelplineProjection Instance { get; } = new();

    public override string Name => "helpline";
    // 2: the roster (countries) and the answer's language.
    public override int Version => 2;
    public override HelplineState Initial => HelplineState.Initial;

    public override HelplineState Apply(HelplineState state, RecordedEvent recorded) => recorded.Event switch
    {
        SpecialistProfileListed e => state with { Profiles = state.Profiles.Put(recorded, e) },
        SpecialistProfileWithdrawn e => state with { Withdrawals = state.Withdrawals.Put(recorded, Keep(e)) },
        HelplineRequestReceived e => state with { Requests = state.Requests.Put(recorded, Keep(e)) },
        HelplineRequestReferred e => state with { Referrals = state.Referrals.Put(recorded, Keep(e)) },
        HelplineRequestResolved e => state with { Resolutions = state.Resolutions.Put(recorded, Keep(e)) },
        ICorrectionEvent c => state.Roster.Mend(c) is { } roster ? state with { Roster = roster }
            : state.Profiles.Mend(c) is { } profiles ? state with { Profiles = profiles }
            : state.Withdrawals.Mend<SpecialistProfileWithdrawn, ProfileWithdrawn>(c, Keep) is { } withdrawals ? state with { Withdrawals = withdrawals }
            : state.Requests.Mend<HelplineRequestReceived, RequestReceived>(c, Keep) is { } requests ? state with { Requests = requests }
            : state.Referrals.Mend<HelplineRequestReferred, RequestReferred>(c, Keep) is { } referrals ? state with { Referrals = referrals }
            : state.Resolutions.Mend<HelplineRequestResolved, RequestResolved>(c, Keep) is { } resolutions ? state with { Resolutions = resolutions }
            : state,
        _ => state.Roster.Apply(recorded) is var next && ReferenceEquals(next, state.Roster) ? state : state with { Roster = next },
    };

    private static ProfileWithdrawn Keep(SpecialistProfileWithdrawn _) => new();

    private static RequestReceived Keep(HelplineRequestReceived e) => new(e.PartnerId, e.Channel, e.Topic, e.Language);

    private static RequestReferred Keep(HelplineRequestReferred e) => new(e.SpecialistStream);

    private static RequestResolved Keep(HelplineRequestResolved e) => new(e.Outcome, e.AnsweredInLanguage);
}

using System.Security.Claims;
using Observatory.Host.Access;
using Observatory.Host.Projections;
using Observatory.Projections;
using Observatory.Projections.Guides;
using Observatory.Projections.Roster;
using Observatory.Projections.Timeline;

namespace Observatory.Host.Dashboard.Forms;

/// <summary>
/// What a form needs to offer sensible choices: the partners (names from the live roster) and recorded meetings, and
/// who is signing: a representative's partner is the only partner their forms offer. The guides are there for the
/// review form, which chooses one.
/// </summary>
public sealed record FormContext(string Network, IReadOnlyDictionary<string, Partner> Partners, TimelineState Timeline, string? Role, string? OwnPartner)
{
    public IReadOnlyList<CountryGuide> Guides { get; init; } = [];

    public bool IsRepresentative => Role == Roles.Representative;

    public static Task<FormContext> LoadAsync(string network, ClaimsPrincipal user, ReadModelReader readModels, CancellationToken cancellationToken) =>
        LoadAsync(network, user, readModels, withGuides: false, cancellationToken);

    /// <param name="withGuides">Only a form that chooses a guide reads the guides' read model; every other form skips it.</param>
    public static async Task<FormContext> LoadAsync(string network, ClaimsPrincipal user, ReadModelReader readModels, bool withGuides,
        CancellationToken cancellationToken)
    {
        var timeline = await readModels.StateOrInitialAsync(network, TimelineProjection.Instance, cancellationToken);
        var context = new FormContext(network, RosterView.Partners(timeline.Roster), timeline,
            user.FindFirst(AccessClaims.Role)?.Value, user.FindFirst(AccessClaims.Partner)?.Value);
        if (!withGuides)
            return context;
        var guideState = await readModels.StateOrInitialAsync(network, GuidesProjection.Instance, cancellationToken);
        return context with { Guides = GuidesView.Build(guideState, DateOnly.FromDateTime(DateTime.UtcNow)).Guides };
    }

    /// <summary>Published guides by title (or country and procedure codes when untitled), with the day their next review is due.</summary>
    public IReadOnlyList<FieldOption> GuideOptions =>
        [.. Guides.Select(g => new FieldOption(g.Stream, $"{g.Title ?? $"{g.Country} · {g.Procedure}"} ({g.Country}; {Html.Day(g.NextReviewDue)})"))];

    /// <summary>Current partners; for a representative, their own partner alone.</summary>
    public IReadOnlyList<FieldOption> PartnerOptions =>
        [.. Partners.Values.Where(p => p.LeftOn is null && (!IsRepresentative || p.Id == OwnPartner)).Select(p => new FieldOption(p.Id, p.Name))];

    public IReadOnlyList<FieldOption> AllPartnerOptions =>
        [.. Partners.Values.Where(p => p.LeftOn is null).Select(p => new FieldOption(p.Id, p.Name))];

    public IReadOnlyList<FieldOption> MeetingOptions =>
        [.. Timeline.Sharing.Meetings.Values.OrderByDescending(m => m.Fact.StartsOn)
            .Select(m => new FieldOption(m.Meta.Stream, $"{Html.Day(m.Fact.StartsOn)} · {m.Fact.Theme}"))];

    public string PartnerName(string? id) => id is not null && Partners.TryGetValue(id, out var p) ? p.Name : id ?? "";
}

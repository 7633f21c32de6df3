using Observatory.Domain.Feedback;
using Observatory.Domain.Growth;
using Observatory.Domain.Platform;
using Observatory.Domain.Serialization;
using Observatory.Projections.Helpline;
using Observatory.Projections.Replay;

namespace Observatory.Projections.Tests.Platform;

public class DirectorySpecs
{
    private static readonly DateOnly Listed = new(2023, 1, 16);

    private static readonly (string, IDomainEvent, DateOnly)[] Profiles =
    [
        ("specialist-school-counsellor-bytow", new SpecialistProfileListed("School counsellor for newcomer pupils", [CompetenceArea.ChildrensEducation],
            ["pl", "uk"], "bytow-municipality", "education-desk@bytow.example"), Listed),
        ("specialist-job-coach-markaryd", new SpecialistProfileListed("Job coach", [CompetenceArea.ProfessionalActivation], ["sv", "en", "ar"],
            "markaryd", "arbetsmarknad@markaryd.example"), Listed),
        ("specialist-social-worker-taurage", new SpecialistProfileListed("Social worker for refugee families", [CompetenceArea.SocialWork],
            ["lt", "ru", "uk-UA"], "taurage", "socialine-tarnyba@taurage.example"), Listed),
        ("specialist-social-worker-taurage", new SpecialistProfileWithdrawn("post vacant"), Listed.AddDays(40)),
        ("specialist-youth-worker-stralsund", new SpecialistProfileListed("Youth worker", [CompetenceArea.YouthWork, CompetenceArea.SocialWork], ["de", "uk"],
            "vorpommern-ruegen", "jugendarbeit@vorpommern-ruegen.example"), Listed),
    ];

    private static HelplineState Given(params (string, IDomainEvent, DateOnly)[] more) =>
        Replays.Run(HelplineProjection.Instance, PartnersLog.With([.. Profiles, .. more]), AsOf.Now);

    [Fact]
    public void The_directory_lists_profiles_not_withdrawn_with_their_partners_country()
    {
        var directory = HelplineView.Build(Given()).Directory;

        Assert.Equal([("specialist-job-coach-markaryd", "se"), ("specialist-school-counsellor-bytow", "pl"), ("specialist-youth-worker-stralsund", "de")],
            directory.Select(p => (p.Stream, p.Country)));
    }

    [Fact]
    public void A_search_by_language_finds_only_the_profiles_speaking_it()
    {
        var found = new DirectorySearch(Language: "uk").Apply(HelplineView.Build(Given()).Directory);

        Assert.Equal(["specialist-school-counsellor-bytow", "specialist-youth-worker-stralsund"], found.Select(p => p.Stream));
    }

    [Fact]
    public void A_search_combines_competence_and_country()
    {
        var directory = HelplineView.Build(Given()).Directory;

        Assert.Equal(["specialist-youth-worker-stralsund"], new DirectorySearch("social-work", null, "de").Apply(directory).Select(p => p.Stream));
        Assert.Empty(new DirectorySearch("social-work", null, "lt").Apply(directory));
    }

    [Fact]
    public void The_directory_as_of_a_date_before_a_withdrawal_still_lists_the_profile()
    {
        var log = PartnersLog.With(Profiles);

        var before = HelplineView.Build(Replays.AsHappenedBy(HelplineProjection.Instance, log, Listed.AddDays(39))).Directory;
        var after = HelplineView.Build(Replays.AsHappenedBy(HelplineProjection.Instance, log, Listed.AddDays(40))).Directory;

        Assert.Contains(before, p => p.Stream == "specialist-social-worker-taurage");
        Assert.DoesNotContain(after, p => p.Stream == "specialist-social-worker-taurage");
    }

    [Fact]
    public void Requests_are_counted_per_quarter_as_resolved_or_referred_and_answered_in_the_language_asked()
    {
        var q1 = new DateOnly(2023, 2, 1);
        var q2 = new DateOnly(2023, 4, 3);
        var state = Given(
            ("request-1", new HelplineRequestReceived("bytow-municipality", ContactChannel.Phone, CompetenceArea.ChildrensEducation, "uk"), q1),
            ("request-1", new HelplineRequestReferred("specialist-school-counsellor-bytow"), q1.AddDays(1)),
            ("request-1", new HelplineRequestResolved(RequestOutcome.Answered, AnsweredInLanguage: "uk-UA"), q1.AddDays(3)),
            ("request-2", new HelplineRequestReceived("markaryd", ContactChannel.Form, CompetenceArea.ProfessionalActivation, "ar"), q1),
            ("request-2", new HelplineRequestResolved(RequestOutcome.Answered, AnsweredInLanguage: "en"), q1.AddDays(2)),
            ("request-3", new HelplineRequestReceived("markaryd", ContactChannel.Form, CompetenceArea.Legal, "ar"), q1),
            ("request-3", new HelplineRequestResolved(RequestOutcome.Withdrawn), q1.AddDays(5)),
            ("request-4", new HelplineRequestReceived("taurage", ContactChannel.Phone, CompetenceArea.SocialWork, "ru"), q2),
            ("request-4", new HelplineRequestResolved(RequestOutcome.Answered), q2.AddDays(1)),
            ("request-5", new HelplineRequestReceived("taurage", ContactChannel.Phone, CompetenceArea.SocialWork, "lt"), q2));

        var quarters = HelplineQuarters.Build(state, new DateOnly(2023, 6, 30));

        Assert.Equal(
        [
            new HelplineQuarter("2023-Q1", Received: 3, ResolvedOrReferred: 2, Answered: 2, AnswerLanguageKnown: 2, InRequestedLanguage: 1, AnswerLanguageUnknown: 0),
            new HelplineQuarter("2023-Q2", Received: 2, ResolvedOrReferred: 1, Answered: 1, AnswerLanguageKnown: 0, InRequestedLanguage: 0, AnswerLanguageUnknown: 1),
        ], quarters);
        Assert.Equal((0.6667m, 0.5m), (quarters[0].ResolvedOrReferredShare, quarters[0].InRequestedLanguageShare));
        Assert.Null(quarters[1].InRequestedLanguageShare);
    }
}

using System.Text.RegularExpressions;
using Observatory.Projections.Replay;
using Observatory.Projections.Tests.Seed;

namespace Observatory.Projections.Tests;

public partial class CatalogSpecs
{
    public static TheoryData<string> Names => [.. ProjectionCatalog.All.Select(p => p.Name)];

    [Fact]
    public void Every_projection_has_a_unique_kebab_case_name_and_the_version_its_code_produces()
    {
        Assert.Equal(["timeline", "indicators", "participation", "working-groups", "resources", "helpline", "recommendations", "feedback", "declared-indicators", "guides", "board"],
            ProjectionCatalog.All.Select(p => p.Name));
        Assert.All(ProjectionCatalog.All, p => Assert.Matches(KebabCase(), p.Name));
        // A version goes up when the code changes what it produces, so the daemon rebuilds beside the old one.
        Assert.Equal([1, 1, 1, 1, 1, 2, 1, 3, 1, 1, 1], ProjectionCatalog.All.Select(p => p.Version));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_state_replayed_from_the_report_round_trips_through_its_json_document(string name)
    {
        var projection = ProjectionCatalog.Find(name)!;
        var state = Replays.Run(projection, RichLog.Events, AsOf.Now);

        var json = ProjectionJson.Serialize(projection, state);
        var again = ProjectionJson.Serialize(projection, ProjectionJson.Deserialize(projection, json));

        Assert.Equal(json, again);
        Assert.NotEqual(ProjectionJson.Serialize(projection, projection.Initial), json);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Applying_the_same_event_twice_changes_nothing_because_readers_may_deliver_twice(string name)
    {
        var projection = ProjectionCatalog.Find(name)!;
        var once = projection.Initial;
        var twice = projection.Initial;
        foreach (var recorded in RichLog.Events)
        {
            once = projection.Apply(once, recorded);
            twice = projection.Apply(projection.Apply(twice, recorded), recorded);
        }
        Assert.Equal(ProjectionJson.Serialize(projection, once), ProjectionJson.Serialize(projection, twice));
    }

    [Fact]
    public void Replaying_all_projections_in_one_pass_gives_the_states_of_each_replayed_alone()
    {
        var together = Replays.RunAll(ProjectionCatalog.All, RichLog.Events, AsOf.Now);

        for (var i = 0; i < ProjectionCatalog.All.Count; i++)
        {
            var projection = ProjectionCatalog.All[i];
            Assert.Equal(ProjectionJson.Serialize(projection, Replays.Run(projection, RichLog.Events, AsOf.Now)),
                ProjectionJson.Serialize(projection, together[i]));
        }
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}

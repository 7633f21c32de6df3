using Observatory.Domain.Serialization;

namespace Observatory.Host.Tests;

public class DocumentationSpecs
{
    [Fact]
    public void Every_event_type_is_documented_in_the_domain_guide()
    {
        var guide = File.ReadAllText(Path.Combine(SharedSeeds.RepositoryRoot, "docs", "domain.md"));

        Assert.All(EventCatalog.All, info => Assert.Contains($"`{info.WireName}`", guide, StringComparison.Ordinal));
    }
}

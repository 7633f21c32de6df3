using Observatory.Host.Generation;

namespace Observatory.Host.Tests;

public sealed class GenerationSpecs
{
    [Fact]
    public void Networks_generated_a_few_at_a_time_are_the_very_histories_generated_all_at_once()
    {
        var all = HistoryGenerator.Generate(seed: 7, networks: 5, totalEvents: 2_000);

        var inChunks = HistoryGenerator.Generate(7, 0, 2, 5, 2_000).Concat(HistoryGenerator.Generate(7, 2, 3, 5, 2_000)).ToList();

        Assert.Equal(all.Select(h => h.Network), inChunks.Select(h => h.Network));
        Assert.Equal(HistoryGenerator.Fingerprint(all), HistoryGenerator.Fingerprint(inChunks));
        Assert.NotEqual(HistoryGenerator.Fingerprint(all), HistoryGenerator.Fingerprint(HistoryGenerator.Generate(8, 5, 2_000)));
    }
}

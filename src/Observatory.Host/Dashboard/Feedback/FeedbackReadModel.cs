using Observatory.Host.Projections;
using Observatory.Projections.Feedback;

namespace Observatory.Host.Dashboard.Feedback;

/// <summary>Reads the live feedback read model for the loop's pages.</summary>
public static class FeedbackReadModel
{
    public static async Task<FeedbackState?> ReadAsync(ReadModelReader readModels, string network, CancellationToken cancellationToken)
    {
        var live = await readModels.GetLiveStateAsync(network, FeedbackProjection.Instance, cancellationToken);
        return (FeedbackState?)live?.State;
    }
}

using Observatory.Contracts.V1;

namespace Observatory.Host.Feed;

/// <summary>
/// One page of a network's events. Ask for the next page with <c>after=</c><see cref="Next"/>; an empty
/// <see cref="Events"/> means the reader is at the head (then <see cref="Next"/> equals the position asked after).
/// </summary>
public sealed record EventFeedPage(string Network, long After, long Next, long Head, IReadOnlyList<ObservatoryEventV1> Events)
{
    public bool HasMore => Next < Head;
}

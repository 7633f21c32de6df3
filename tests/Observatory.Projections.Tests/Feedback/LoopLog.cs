using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;

namespace Observatory.Projections.Tests.Feedback;

/// <summary>A log written moment by moment, for rules that count hours.</summary>
internal sealed class LoopLog
{
    private readonly List<RecordedEvent> _events = [];

    public IReadOnlyList<RecordedEvent> Events => _events;

    public Guid Add(string stream, IDomainEvent fact, DateTimeOffset at)
    {
        var id = Guid.CreateVersion7();
        _events.Add(new RecordedEvent(id, stream, _events.Count(e => e.Stream == stream) + 1, _events.Count + 1, at, at, fact));
        return id;
    }
}

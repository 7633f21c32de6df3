using System.Text.Json;
using Observatory.Domain.Corrections;
using Observatory.Domain.EventStore;
using Observatory.Domain.Feedback;
using Observatory.Domain.Network;
using Observatory.Domain.Platform;
using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;

namespace Observatory.Bus.Tests.Infrastructure;

/// <summary>Report-flavoured events for the tests, serialised the way the domain writes them.</summary>
internal static class SampleEvents
{
    public static readonly DateTimeOffset April2023 = new(2023, 4, 20, 10, 0, 0, TimeSpan.Zero);

    public const string FeedbackText = "The language café in Markaryd helped my daughter";
    public const string ContactCiphertext = "c2VjcmV0LWNvbnRhY3Q=";

    public static EventToAppend Event(IDomainEvent domainEvent, Guid? id = null)
    {
        var (type, version, data) = EventSerializer.Serialize(domainEvent);
        return new EventToAppend(id ?? Guid.CreateVersion7(), type, version, data, April2023,
            new EventMetadata("representative:bytow-municipality", Guid.CreateVersion7()));
    }

    public static StreamAppend Founding() => new("network", ExpectedVersion.NoStream,
    [
        Event(new NetworkFounded("Integration observatory", new DateOnly(2023, 4, 20))),
        Event(new PartnerJoined("bytow", "Municipality of Bytów", Country.Pl, PartnerKind.Municipality, new DateOnly(2023, 4, 20))),
    ]);

    public static MigrantFeedbackRecorded IdentifiedFeedback() => new(ContactChannel.Survey, "bytow", "language courses", "uk",
        Rating: 4, Text: FeedbackText, Anonymous: false, Consent: true, Contact: new EncryptedContact(ContactCiphertext, "key-42"));

    /// <summary>Feedback with contact and free text, then a correction whose replacement carries them again.</summary>
    public static StreamAppend Feedback(string id)
    {
        var recorded = Event(IdentifiedFeedback());
        return new($"feedback-{id}", ExpectedVersion.NoStream,
        [
            recorded,
            Event(new EntryCorrected(recorded.EventId, "rating was mistyped",
                JsonSerializer.SerializeToElement(IdentifiedFeedback() with { Rating = 5 }, EventSerializer.Options))),
        ]);
    }

    /// <summary>A board post and <paramref name="replies"/> replies: a stream whose order a subscriber can check.</summary>
    public static StreamAppend Post(string id, int replies, long expectedVersion = 0)
    {
        var events = new List<EventToAppend>();
        if (expectedVersion == 0)
            events.Add(Event(new BoardPostPublished("bytow", $"Post {id}", "Who runs a language café?", "en", ThematicArea.Education)));
        for (var i = 0; i < replies; i++)
            events.Add(Event(new BoardReplyPosted("markaryd", $"Reply {i} to {id}", "en")));
        return new($"post-{id}", ExpectedVersion.Exactly(expectedVersion), events);
    }

    /// <summary>A practice stored in schema 1 (one thematicArea), which subscribers must receive upcast to schema 2.</summary>
    public static StreamAppend PracticeInSchema1(string id) => new($"practice-{id}", ExpectedVersion.NoStream,
    [
        new EventToAppend(Guid.CreateVersion7(), "practice-shared", 1,
            """{"title":"Language café","thematicArea":"education","partnerId":"markaryd"}""", April2023,
            new EventMetadata("representative:markaryd", Guid.CreateVersion7())),
    ]);
}

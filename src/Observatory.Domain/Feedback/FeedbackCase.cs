namespace Observatory.Domain.Feedback;

/// <summary>
/// One feedback stream as its rules see it: where the loop stands. The contact key id is kept so an erasure can be
/// checked against it; the state never holds the contact itself.
/// </summary>
public sealed record FeedbackCase(bool Sensitive, string? ContactKeyId, bool ContactErased, bool Responded, bool Referred, bool Closed)
{
    public static FeedbackCase Initial { get; } = new(false, null, false, false, false, false);

    public static FeedbackCase Evolve(FeedbackCase state, IFeedbackEvent fact) => fact switch
    {
        MigrantFeedbackRecorded received => state with { Sensitive = received.Sensitive, ContactKeyId = received.Contact?.KeyId },
        FeedbackReferred => state with { Referred = true },
        FeedbackResponded => state with { Responded = true },
        FeedbackLoopClosed => state with { Closed = true },
        PersonalDataErased => state with { ContactErased = true },
        _ => state,
    };
}

using Observatory.Domain.Feedback;
using static Observatory.Domain.Tests.Feedback.LoopHistory;

namespace Observatory.Domain.Tests.Feedback;

/// <summary>Erasure names only the key; it is accepted once, for the key the feedback was sealed under, at any time.</summary>
public class ErasureSpecs
{
    private static readonly MigrantFeedbackRecorded WithContact = Question with { Anonymous = false, Consent = true, Contact = Contact };

    [Fact]
    public void Erasing_the_contact_records_only_the_key_id() =>
        Received(WithContact).When(Entry, new PersonalDataErased("pk-0001")).ThenAccepted(new PersonalDataErased("pk-0001"));

    [Fact]
    public void An_erasure_is_accepted_even_after_the_loop_closed() =>
        Received(WithContact).Given(Entry, new FeedbackResponded(ResponseScope.Individual, "Yes.")).Given(Entry, new FeedbackLoopClosed())
            .When(Entry, new PersonalDataErased("pk-0001")).ThenAccepted();

    [Fact]
    public void An_erasure_of_another_key_is_refused() =>
        Received(WithContact).When(Entry, new PersonalDataErased("pk-0002")).ThenRefused("erasure-key-unknown", "keyId");

    [Fact]
    public void Anonymous_feedback_has_nothing_to_erase() =>
        Received().When(Entry, new PersonalDataErased("pk-0001")).ThenRefused("erasure-key-unknown", "keyId");

    [Fact]
    public void A_second_erasure_is_refused() =>
        Received(WithContact).Given(Entry, new PersonalDataErased("pk-0001"))
            .When(Entry, new PersonalDataErased("pk-0001")).ThenRefused("personal-data-already-erased", "keyId");

    [Fact]
    public void The_status_token_hash_ignores_case_spaces_and_dashes() =>
        Assert.Equal(StatusTokens.Hash("ABCD-EFGH-JKLM-NPQR"), StatusTokens.Hash("abcd efgh jklm npqr"));
}

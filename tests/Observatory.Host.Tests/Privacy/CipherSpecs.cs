using System.Security.Cryptography;
using Observatory.Domain.Feedback;
using Observatory.Host.Privacy;

namespace Observatory.Host.Tests.Privacy;

public class CipherSpecs
{
    private static readonly ContactDetails Contact = new("Test Person", "+48 600 000 001");

    [Fact]
    public void Sealed_contact_details_open_only_with_their_key_network_and_key_id()
    {
        var key = ContactCipher.NewKey();
        var sealedContact = ContactCipher.Seal(Contact, key, "net-a", "pk-1");

        Assert.Equal(Contact, ContactCipher.Open(sealedContact, key, "net-a", "pk-1"));
        Assert.ThrowsAny<CryptographicException>(() => ContactCipher.Open(sealedContact, ContactCipher.NewKey(), "net-a", "pk-1"));
        Assert.ThrowsAny<CryptographicException>(() => ContactCipher.Open(sealedContact, key, "net-b", "pk-1"));
        Assert.ThrowsAny<CryptographicException>(() => ContactCipher.Open(sealedContact, key, "net-a", "pk-2"));
        Assert.DoesNotContain("Test Person", sealedContact, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_details_seal_differently_each_time()
    {
        var key = ContactCipher.NewKey();
        Assert.NotEqual(ContactCipher.Seal(Contact, key, "n", "k"), ContactCipher.Seal(Contact, key, "n", "k"));
    }

    [Fact]
    public void A_status_token_is_random_readable_and_stored_only_as_its_hash()
    {
        var first = StatusTokenIssuer.Issue();
        var second = StatusTokenIssuer.Issue();

        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$", first.Token);
        Assert.NotEqual(first.Token, second.Token);
        Assert.Equal(StatusTokens.Hash(first.Token.ToLowerInvariant()), first.Hash);
        Assert.DoesNotContain(StatusTokens.Normalise(first.Token), first.Hash, StringComparison.OrdinalIgnoreCase);
    }
}

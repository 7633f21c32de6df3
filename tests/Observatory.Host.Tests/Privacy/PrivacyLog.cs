using System.Text;
using Observatory.Domain.EventStore;
using Observatory.Domain.Feedback;
using Observatory.Domain.Network;
using Observatory.Domain.Serialization;
using Observatory.Host.Privacy;

namespace Observatory.Host.Tests.Privacy;

/// <summary>A founded network and one piece of feedback whose author left contact details, sealed by the vault.</summary>
internal static class PrivacyLog
{
    public const string Network = "privacy-test";
    public const string FeedbackStream = "feedback-2023-0007";
    private static readonly DateTimeOffset May2023 = new(2023, 5, 10, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Made-up details, distinctive enough that any copy of them in any byte store is found.</summary>
    public static readonly ContactDetails Contact = new("Olena Zhuravska-Testowa", "+48 600 271 828", "olena.zhuravska@example.org", "uk");

    public static IEnumerable<string> Originals => [Contact.Name!, Contact.Phone!, Contact.Email!];

    public static async Task<EncryptedContact> WriteAsync(IEventStore store, ContactVault vault)
    {
        var sealedContact = await vault.SealAsync(Network, Contact);
        await store.AppendAsync(Network,
        [
            new StreamAppend("network", ExpectedVersion.NoStream,
            [
                Event(new NetworkFounded("Privacy test network", new DateOnly(2020, 9, 1))),
                Event(new PartnerJoined("bytow", "Bytów municipality", Country.Pl, PartnerKind.Municipality, new DateOnly(2020, 9, 1))),
            ]),
            new StreamAppend(FeedbackStream, ExpectedVersion.NoStream,
            [
                Event(new MigrantFeedbackRecorded(ContactChannel.OnlineForm, "bytow", "housing", "uk", Type: FeedbackType.Question,
                    Anonymous: false, Consent: true, Contact: sealedContact, StatusTokenHash: StatusTokenIssuer.Issue().Hash)),
            ]),
        ]);
        return sealedContact;
    }

    public static EventToAppend Event(IDomainEvent fact)
    {
        var (type, version, data) = EventSerializer.Serialize(fact);
        return new EventToAppend(Guid.CreateVersion7(), type, version, data, May2023, new EventMetadata("test:privacy", Guid.CreateVersion7()));
    }

    /// <summary>Every place the bytes could be: UTF-8 and UTF-16 of each original string, and the raw key.</summary>
    public static IReadOnlyList<(string What, byte[] Bytes)> Needles(byte[] key) =>
    [
        .. Originals.SelectMany(s => new[] { ($"'{s}' (UTF-8)", Encoding.UTF8.GetBytes(s)), ($"'{s}' (UTF-16)", Encoding.Unicode.GetBytes(s)) }),
        ("the person's key", key),
        ("the person's key", Encoding.UTF8.GetBytes(Convert.ToHexStringLower(key))),
    ];

    public static IReadOnlyList<string> Found(byte[] haystack, IReadOnlyList<(string What, byte[] Bytes)> needles) =>
        [.. needles.Where(n => haystack.AsSpan().IndexOf(n.Bytes) >= 0).Select(n => n.What).Distinct()];
}

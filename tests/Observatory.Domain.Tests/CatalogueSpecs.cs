using System.Text.RegularExpressions;
using Observatory.Domain.Corrections;
using Observatory.Domain.Feedback;
using Observatory.Domain.Recording;
using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;

namespace Observatory.Domain.Tests;

public partial class CatalogueSpecs
{
    [Fact]
    public void Every_event_has_a_kebab_case_wire_name_and_is_an_immutable_sealed_record()
    {
        var all = EventCatalog.All.ToList();
        Assert.True(all.Count >= 40, $"only {all.Count} event types");
        Assert.All(all, info =>
        {
            Assert.Matches(KebabCase(), info.WireName);
            Assert.True(info.ClrType.IsSealed, $"{info.ClrType.Name} is not sealed");
            Assert.NotNull(info.ClrType.GetMethod("<Clone>$"));
            Assert.All(info.ClrType.GetProperties(), p => Assert.True(p.SetMethod is null || p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Length > 0,
                $"{info.ClrType.Name}.{p.Name} is mutable"));
        });
    }

    [Fact]
    public void Every_event_belongs_to_exactly_one_stream_kind_or_is_a_correction_that_may_follow_any_entry()
    {
        foreach (var info in EventCatalog.All)
        {
            var kinds = StreamKinds.All.Where(k => typeof(ICorrectionEvent).IsAssignableFrom(info.ClrType) || Holds(k, info.ClrType)).ToList();
            if (typeof(ICorrectionEvent).IsAssignableFrom(info.ClrType))
                Assert.Equal(StreamKinds.All.Count(), kinds.Count);
            else
                Assert.True(kinds.Count == 1, $"{info.WireName} belongs to {kinds.Count} stream kinds");
        }
    }

    [Fact]
    public void A_practice_shared_in_schema_1_reads_as_schema_2_with_its_single_thematic_area_as_a_list()
    {
        var fact = EventSerializer.Deserialize("practice-shared", 1,
            """{"title":"Swedish for Immigrants","thematicArea":"education","partnerId":"markaryd","meetingStream":"meeting-markaryd-2022-06"}""");

        var practice = Assert.IsType<PracticeShared>(fact);
        Assert.Equal([ThematicArea.Education], practice.ThematicAreas);
        Assert.Equal(("Swedish for Immigrants", "markaryd", "meeting-markaryd-2022-06"), (practice.Title, practice.PartnerId, practice.MeetingStream));
        Assert.Equal(2, EventCatalog.For<PracticeShared>().SchemaVersion);
    }

    [Fact]
    public void A_practice_shared_in_schema_2_with_the_old_single_field_is_refused()
    {
        var error = Assert.Throws<EventFormatException>(() => EventSerializer.Deserialize("practice-shared", 2,
            """{"title":"SFI","thematicArea":"education","partnerId":"markaryd"}"""));
        Assert.Contains("thematicArea", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrant_feedback_has_no_field_that_could_hold_contact_details_in_clear()
    {
        var fields = typeof(MigrantFeedbackRecorded).GetProperties().Select(p => p.Name.ToUpperInvariant()).ToList();
        Assert.DoesNotContain(fields, f => f.Contains("NAME", StringComparison.Ordinal) || f.Contains("EMAIL", StringComparison.Ordinal)
            || f.Contains("PHONE", StringComparison.Ordinal) || f.Contains("ADDRESS", StringComparison.Ordinal));
        Assert.Equal(["Ciphertext", "KeyId"], typeof(EncryptedContact).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_correction_keeps_its_replacement_as_raw_json_through_a_round_trip()
    {
        var (type, version, data) = EventSerializer.Serialize(new EntryRetracted(Guid.Empty, "duplicate"));
        Assert.Equal(("entry-retracted", 1), (type, version));

        var corrected = Assert.IsType<EntryCorrected>(EventSerializer.Deserialize("entry-corrected", 1,
            """{"eventId":"00000001-0000-0000-0000-000000000000","reason":"typo","replacement":{"name":"Observatory","foundedOn":"2020-09-01"}}"""));
        Assert.Equal("Observatory", corrected.Replacement.GetProperty("name").GetString());
        Assert.Contains("\"replacement\":{\"name\":\"Observatory\"", EventSerializer.Serialize(corrected).Data, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"duplicate\"", data, StringComparison.Ordinal);
    }

    private static bool Holds(StreamKind kind, Type type) =>
        kind.Holds((IDomainEvent)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type));

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}

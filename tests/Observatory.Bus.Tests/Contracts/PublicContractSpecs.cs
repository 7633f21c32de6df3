using System.Text.Json;
using Observatory.Bus.Tests.Infrastructure;
using Observatory.Contracts.V1;
using Observatory.Host.Contracts;
using Observatory.Host.Log;

namespace Observatory.Bus.Tests.Contracts;

/// <summary>What a subscriber sees of an internal event, and what it never sees.</summary>
public sealed class PublicContractSpecs
{
    [Fact]
    public async Task Migrant_feedback_goes_out_without_its_free_text_or_contact_even_inside_a_correction()
    {
        await using var log = new SqliteLog();
        await log.AppendAsync(SampleEvents.Feedback("2023-001"));
        var published = await PublishedAsync(log);

        var recorded = published[0].Data;
        Assert.Equal("migrant-feedback-recorded", published[0].Type);
        Assert.Equal(4, recorded.GetProperty("rating").GetInt32());
        Assert.True(recorded.GetProperty("consent").GetBoolean());
        Assert.False(recorded.TryGetProperty("text", out _));
        Assert.False(recorded.TryGetProperty("contact", out _));
        var replacement = published[1].Data.GetProperty("replacement");
        Assert.Equal(5, replacement.GetProperty("rating").GetInt32());
        Assert.False(replacement.TryGetProperty("text", out _));
        Assert.False(replacement.TryGetProperty("contact", out _));
        var json = JsonSerializer.Serialize(published);
        Assert.DoesNotContain(SampleEvents.FeedbackText, json, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleEvents.ContactCiphertext, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_stored_in_an_old_schema_goes_out_upcast_to_the_current_one()
    {
        await using var log = new SqliteLog();
        await log.AppendAsync(SampleEvents.PracticeInSchema1("cafe"));
        var practice = (await PublishedAsync(log)).Single();

        Assert.Equal(("practice-shared", 2), (practice.Type, practice.SchemaVersion));
        Assert.Equal("education", practice.Data.GetProperty("thematicAreas")[0].GetString());
        Assert.False(practice.Data.TryGetProperty("thematicArea", out _));
    }

    [Fact]
    public async Task The_envelope_carries_the_log_metadata_but_not_who_recorded_the_event()
    {
        await using var log = new SqliteLog();
        var ids = await log.AppendAsync(SampleEvents.Founding());
        var stored = (await log.Store.ReadAllAsync(SqliteLog.Network, 0, 10))[1];
        var partner = PublicEvents.ToPublic(stored);

        Assert.Equal(new object?[] { ids[1], SqliteLog.Network, "network", "network", 2L, 2L, "partner-joined", 1 },
            new object?[] { partner.EventId, partner.Network, partner.Stream, partner.StreamKind, partner.StreamVersion, partner.Position, partner.Type, partner.SchemaVersion });
        Assert.Equal((stored.OccurredOn, stored.RecordedAt, stored.Metadata.CorrelationId), (partner.OccurredOn, partner.RecordedAt, partner.CorrelationId));
        Assert.Equal("pl", partner.Data.GetProperty("country").GetString());
        Assert.DoesNotContain("representative:", JsonSerializer.Serialize(partner), StringComparison.Ordinal);
    }

    private static async Task<List<ObservatoryEventV1>> PublishedAsync(SqliteLog log)
    {
        var published = new List<ObservatoryEventV1>();
        await foreach (var stored in log.Store.ReadLogAsync(SqliteLog.Network))
            published.Add(PublicEvents.ToPublic(stored));
        return published;
    }
}

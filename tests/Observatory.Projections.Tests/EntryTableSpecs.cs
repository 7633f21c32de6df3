using Observatory.Projections.Facts;

namespace Observatory.Projections.Tests;

/// <summary>The fold-friendly table must still behave as an immutable value: no version ever sees another's changes.</summary>
public class EntryTableSpecs
{
    private static Entry<string> E(string fact, long position) => new(new FactMeta("s", position, new DateOnly(2023, 1, 1)), fact);

    private static readonly Guid A = Guid.CreateVersion7(), B = Guid.CreateVersion7(), C = Guid.CreateVersion7();

    [Fact]
    public void An_older_version_keeps_its_entries_when_a_newer_one_grows()
    {
        var one = EntryTable<string>.Empty.SetItem(A, E("a", 1));
        var two = one.SetItem(B, E("b", 2));

        Assert.Equal(["a"], one.Values.Select(e => e.Fact));
        Assert.Equal(["a", "b"], two.Values.Select(e => e.Fact));
        Assert.False(one.TryGetValue(B, out _));
        Assert.Empty(EntryTable<string>.Empty);
    }

    [Fact]
    public void Adding_to_an_older_version_branches_without_touching_the_newer_one()
    {
        var one = EntryTable<string>.Empty.SetItem(A, E("a", 1));
        var two = one.SetItem(B, E("b", 2));
        var branch = one.SetItem(C, E("c", 2));

        Assert.Equal(["a", "b"], two.Values.Select(e => e.Fact));
        Assert.Equal(["a", "c"], branch.Values.Select(e => e.Fact));
        Assert.Equal(["a", "b", "d"], two.SetItem(Guid.NewGuid(), E("d", 3)).Values.Select(e => e.Fact));
    }

    [Fact]
    public void Corrections_and_retractions_change_only_the_version_they_are_applied_to()
    {
        var table = EntryTable<string>.Empty.SetItem(A, E("a", 1)).SetItem(B, E("b", 2));
        var corrected = table.SetItem(A, E("a2", 1));
        var retracted = corrected.Remove(B);

        Assert.Equal(["a", "b"], table.Values.Select(e => e.Fact));
        Assert.Equal(["a2", "b"], corrected.Values.Select(e => e.Fact));
        Assert.Equal(["a2"], retracted.Values.Select(e => e.Fact));
        Assert.Equal((2, 1), (corrected.Count, retracted.Count));
        Assert.False(retracted.TryGetValue(B, out _));
        Assert.Same(retracted, retracted.Remove(B));
    }

    [Fact]
    public void A_table_is_written_in_log_order_and_read_back_the_same()
    {
        var table = EntryTable<string>.Empty.SetItem(C, E("c", 1)).SetItem(A, E("a", 2)).SetItem(B, E("b", 3)).Remove(A);

        var json = System.Text.Json.JsonSerializer.Serialize(table, ProjectionJson.Options);
        var back = System.Text.Json.JsonSerializer.Deserialize<EntryTable<string>>(json, ProjectionJson.Options)!;

        Assert.StartsWith($"{{\"{C}\":", json, StringComparison.Ordinal);
        Assert.Equal(["c", "b"], back.Values.Select(e => e.Fact));
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(back, ProjectionJson.Options));
    }

    [Fact]
    public void A_table_written_again_after_growing_and_mending_is_byte_for_byte_what_a_fresh_serialiser_writes()
    {
        var table = EntryTable<string>.Empty.SetItem(A, E("a \u00e9 <b>", 1)).SetItem(B, E("b", 2));
        var first = System.Text.Json.JsonSerializer.Serialize(table, ProjectionJson.Options);
        var grown = table.SetItem(C, E("c", 3)).SetItem(A, E("a mended", 1));

        var again = System.Text.Json.JsonSerializer.Serialize(grown, ProjectionJson.Options);
        var fresh = new System.Text.Json.JsonSerializerOptions(ProjectionJson.Options);

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(table, fresh), first);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(grown, fresh), again);
        Assert.Contains("a mended", again, StringComparison.Ordinal);
    }
}

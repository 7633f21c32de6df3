using System.Net;
using Observatory.Domain.EventStore;
using Observatory.Domain.Serialization;
using Observatory.Domain.Sharing;
using Observatory.Domain.WorkingGroups;
using Observatory.Host.Access;

namespace Observatory.Api.Tests;

/// <summary>
/// Commands after another process wrote the network. The host keeps its ledger current by folding its own appends;
/// what another process wrote it learns from the store before it answers. On both stores: PostgreSQL appends a
/// command's event with one statement that names the head.
/// </summary>
public abstract class OtherWriterSpecs(ApiHost host)
{
    [Fact]
    public async Task Given_another_process_formed_a_group_since_the_last_command_when_a_member_joins_then_it_is_recorded()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        await RecordSomethingAsync(client);
        var group = Entries.NewStream("group");
        await WriteAsAnotherProcessAsync(group, 0, new WorkingGroupFormed("Labour market", "markaryd", new DateOnly(2023, 1, 10)));

        using var joined = await client.PostAsync(group, "working-group-member-joined", """{"data":{"partnerId":"frankenberg","joinedOn":"2023-02-01"}}""");

        Assert.Equal(HttpStatusCode.Created, joined.StatusCode);
        Assert.Equal("\"2\"", joined.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Given_another_process_moved_a_stream_when_the_if_match_names_its_new_version_then_the_entry_is_recorded()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        var group = Entries.NewStream("group");
        using var formed = await client.PostAsync(group, "working-group-formed",
            """{"data":{"topic":"Labour market","leadPartnerId":"markaryd","formedOn":"2023-01-10"}}""", ifMatch: "\"0\"");
        await WriteAsAnotherProcessAsync(group, 1, new WorkingGroupMemberJoined("frankenberg", new DateOnly(2023, 2, 1)));

        using var joined = await client.PostAsync(group, "working-group-member-joined",
            """{"data":{"partnerId":"taurage","joinedOn":"2023-02-02"}}""", ifMatch: "\"2\"");

        Assert.Equal(HttpStatusCode.Created, formed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, joined.StatusCode);
        Assert.Equal("\"3\"", joined.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Given_another_process_took_the_next_version_when_the_old_if_match_comes_then_it_is_a_409_with_the_new_version_and_appends_nothing()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        var group = Entries.NewStream("group");
        using var formed = await client.PostAsync(group, "working-group-formed",
            """{"data":{"topic":"Labour market","leadPartnerId":"markaryd","formedOn":"2023-01-10"}}""", ifMatch: "\"0\"");
        await WriteAsAnotherProcessAsync(group, 1, new WorkingGroupMemberJoined("frankenberg", new DateOnly(2023, 2, 1)));
        var head = await host.HeadAsync();

        using var stale = await client.PostAsync(group, "working-group-member-joined",
            """{"data":{"partnerId":"taurage","joinedOn":"2023-02-02"}}""", ifMatch: "\"1\"");
        var problem = await stale.JsonAsync();

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1, problem.GetProperty("expected").GetInt64());
        Assert.Equal(2, problem.GetProperty("actual").GetInt64());
        Assert.Equal(head, await host.HeadAsync());
    }

    [Fact]
    public async Task Given_another_process_recorded_an_entry_under_a_key_when_the_same_entry_comes_with_that_key_then_the_original_answer_is_a_200()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        await RecordSomethingAsync(client);
        var practice = Entries.NewStream("practice");
        var key = Guid.CreateVersion7();
        var stored = await WriteAsAnotherProcessAsync(practice, 0,
            new PracticeShared("Language café for newcomers", [ThematicArea.Education], "markaryd"), key);
        var head = await host.HeadAsync();

        using var retry = await client.PostAsync(practice, "practice-shared", Entries.Practice, idempotencyKey: key.ToString(), ifMatch: "\"0\"");
        var answer = await retry.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(key.ToString(), answer.GetProperty("eventId").GetString());
        Assert.Equal(stored.Position, answer.GetProperty("position").GetInt64());
        Assert.Equal(head, await host.HeadAsync());
    }

    /// <summary>A command of this host, so its ledger of the network is read and then kept by its own appends.</summary>
    private static async Task RecordSomethingAsync(HttpClient client)
    {
        using var response = await client.PostAsync(Entries.NewStream("practice"), "practice-shared", Entries.Practice);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Straight to the store, past this host's recorder: as far as its ledger can tell, another process.</summary>
    private async Task<AppendedEvent> WriteAsAnotherProcessAsync(string stream, long version, IDomainEvent fact, Guid? id = null)
    {
        var (wire, schema, data) = EventSerializer.Serialize(fact);
        var e = new EventToAppend(id ?? Guid.CreateVersion7(), wire, schema, data, DateTimeOffset.UtcNow,
            new EventMetadata("key:another-host", Guid.CreateVersion7()));
        var result = await host.Store.AppendAsync(ApiHost.Network, [new StreamAppend(stream, ExpectedVersion.Exactly(version), [e])]);
        return Assert.Single(result.Events);
    }
}

public sealed class SqliteOtherWriterSpecs(ApiHost host) : OtherWriterSpecs(host), IClassFixture<ApiHost>;

public sealed class PostgresOtherWriterSpecs(PostgresHost host) : OtherWriterSpecs(host), IClassFixture<PostgresHost>;

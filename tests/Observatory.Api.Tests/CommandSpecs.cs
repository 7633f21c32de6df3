using System.Net;
using Observatory.Host.Access;

namespace Observatory.Api.Tests;

/// <summary>Recording entries: each class of bad input gets its status and problem, and the log's head does not move.</summary>
public sealed class CommandSpecs(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task A_leader_records_a_practice_and_gets_201_with_the_stream_version_as_etag()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        var before = await host.HeadAsync();

        using var response = await client.PostAsync(Entries.NewStream("practice"), "practice-shared", Entries.Practice);
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(before + 1, body.GetProperty("position").GetInt64());
        Assert.Equal(before + 1, await host.HeadAsync());
    }

    [Theory]
    [InlineData("""{"data":{"title":"T","thematicAreas":["education"],"partnerId":"markaryd","colour":"red"}}""", "data.colour")]
    [InlineData("""{"data":{"title":"T","thematicAreas":"education","partnerId":"markaryd"}}""", "data.thematicAreas")]
    [InlineData("""{"data":{"thematicAreas":["education"],"partnerId":"markaryd"}}""", "data.title")]
    [InlineData("""{"data":{"title":"T","thematicAreas":["education"],"partnerId":"markaryd"},"network":"elsewhere"}""", "network")]
    [InlineData("""{"data":{"title":"T","thematicAreas":["education"],"partnerId":"markaryd"},"occurredOn":"yesterday"}""", "occurredOn")]
    [InlineData("""{"data":""", "body")]
    [InlineData("""[]""", "body")]
    public async Task Malformed_input_is_a_400_naming_the_field_and_appends_nothing(string body, string field)
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        var before = await host.HeadAsync();

        using var response = await client.PostAsync(Entries.NewStream("practice"), "practice-shared", body);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(field, problem.GetProperty("field").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await host.HeadAsync());
    }

    [Fact]
    public async Task A_broken_domain_rule_is_a_422_naming_the_rule_and_field_and_appends_nothing()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        var before = await host.HeadAsync();

        using var response = await client.PostAsync(Entries.NewStream("practice"), "practice-shared", Entries.PracticeOf("nobody-we-know"));
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("rule").GetString()));
        Assert.Equal("partnerId", problem.GetProperty("field").GetString());
        Assert.Equal(before, await host.HeadAsync());
    }

    [Fact]
    public async Task An_oversized_body_is_a_413_and_appends_nothing()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        var before = await host.HeadAsync();
        var huge = $$$"""{"data":{"title":"{{{new string('x', 70_000)}}}","thematicAreas":["education"],"partnerId":"markaryd"}}""";

        using var response = await client.PostAsync(Entries.NewStream("practice"), "practice-shared", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body", (await response.JsonAsync()).GetProperty("field").GetString());
        Assert.Equal(before, await host.HeadAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_and_appends_nothing()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        var before = await host.HeadAsync();

        using var response = await client.PostAsync(Entries.NewStream("practice"), "practice-shared", Entries.Practice, contentType: "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("Content-Type", (await response.JsonAsync()).GetProperty("field").GetString());
        Assert.Equal(before, await host.HeadAsync());
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_original_answer_with_200_and_appends_nothing()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        var stream = Entries.NewStream("practice");
        var key = Guid.NewGuid().ToString();

        using var first = await client.PostAsync(stream, "practice-shared", Entries.Practice, idempotencyKey: key, ifMatch: "\"0\"");
        var head = await host.HeadAsync();
        using var retry = await client.PostAsync(stream, "practice-shared", Entries.Practice, idempotencyKey: key, ifMatch: "\"0\"");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal((await first.JsonAsync()).ToString(), (await retry.JsonAsync()).ToString());
        Assert.Equal(key, (await retry.JsonAsync()).GetProperty("eventId").GetString());
        Assert.Equal(head, await host.HeadAsync());
    }

    [Fact]
    public async Task The_same_idempotency_key_for_a_different_entry_is_a_422_and_appends_nothing()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        var stream = Entries.NewStream("practice");
        using var first = await client.PostAsync(stream, "practice-shared", Entries.Practice, idempotencyKey: "order-17");
        var head = await host.HeadAsync();

        using var other = await client.PostAsync(stream, "practice-shared", Entries.PracticeOf("frankenberg"), idempotencyKey: "order-17");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("idempotency-key-reused", (await other.JsonAsync()).GetProperty("rule").GetString());
        Assert.Equal(head, await host.HeadAsync());
    }

    [Fact]
    public async Task A_stale_if_match_is_a_409_saying_expected_and_actual_and_appends_nothing()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));
        var group = Entries.NewStream("group");
        using var formed = await client.PostAsync(group, "working-group-formed",
            """{"data":{"topic":"Labour market","leadPartnerId":"markaryd","formedOn":"2023-01-10"}}""", ifMatch: "\"0\"");
        var head = await host.HeadAsync();

        using var stale = await client.PostAsync(group, "working-group-member-joined",
            """{"data":{"partnerId":"frankenberg","joinedOn":"2023-02-01"}}""", ifMatch: "\"0\"");
        var problem = await stale.JsonAsync();

        Assert.Equal(HttpStatusCode.Created, formed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(0, problem.GetProperty("expected").GetInt64());
        Assert.Equal(1, problem.GetProperty("actual").GetInt64());
        Assert.Equal(head, await host.HeadAsync());
    }

    [Fact]
    public async Task A_malformed_if_match_is_a_400_naming_the_header()
    {
        using var client = host.Client(await host.KeyAsync(Roles.Leader));

        using var response = await client.PostAsync(Entries.NewStream("practice"), "practice-shared", Entries.Practice, ifMatch: "\"v7\"");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("If-Match", (await response.JsonAsync()).GetProperty("field").GetString());
    }
}

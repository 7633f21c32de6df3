using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;
using Observatory.Bus.Tests.Infrastructure;
using Observatory.Contracts.V1;
using Observatory.Host.Feed;

namespace Observatory.Bus.Tests.Feed;

/// <summary>Catch-up over HTTP: the paged feed and the live tail, on a real Kestrel.</summary>
public sealed class EventFeedSpecs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private const string Events = $"/api/v1/networks/{SqliteLog.Network}/events";

    [Fact]
    public async Task Paging_from_position_0_with_the_next_position_delivers_every_event_in_order_and_then_an_empty_page()
    {
        await using var log = new SqliteLog();
        var expected = await log.AppendAsync(SampleEvents.Founding(), SampleEvents.Feedback("2023-001"), SampleEvents.Post("1", replies: 20));
        await using var host = await FeedHost.StartAsync(log.Store);

        var received = new List<ObservatoryEventV1>();
        var after = 0L;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = (await host.Client.GetFromJsonAsync<EventFeedPage>($"{Events}?after={after}&limit=10", Json))!;
            Assert.Equal((after, expected.Count), (page.After, page.Head));
            received.AddRange(page.Events);
            if (page.Events.Count == 0)
            {
                Assert.Equal(after, page.Next);
                break;
            }
            Assert.Equal(page.Events[^1].Position, page.Next);
            after = page.Next;
        }

        Assert.Equal(expected, received.Select(e => e.EventId));
        Assert.Equal(Enumerable.Range(1, expected.Count).Select(p => (long)p), received.Select(e => e.Position));
        Assert.False(received[2].Data.TryGetProperty("contact", out _));
    }

    [Theory]
    [InlineData($"{Events}?limit=0", 400, "limit")]
    [InlineData($"{Events}?limit=5000", 400, "limit")]
    [InlineData($"{Events}?after=-1", 400, "after")]
    [InlineData("/api/v1/networks/Not_A_Network/events", 400, "network")]
    [InlineData("/api/v1/networks/nobody-here/events", 404, "network")]
    [InlineData("/api/v1/networks/nobody-here/events/live", 404, "network")]
    public async Task A_bad_request_gets_problem_details_naming_the_field(string url, int status, string field)
    {
        await using var log = new SqliteLog();
        await log.AppendAsync(SampleEvents.Founding());
        await using var host = await FeedHost.StartAsync(log.Store);

        using var response = await host.Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(field, problem.RootElement.GetProperty("field").GetString());
    }

    [Fact]
    public async Task The_live_tail_sends_history_then_new_events_as_they_commit_and_resumes_after_the_Last_Event_ID()
    {
        await using var log = new SqliteLog();
        var first = await log.AppendAsync(SampleEvents.Founding(), SampleEvents.Post("1", replies: 2));
        await using var host = await FeedHost.StartAsync(log.Store);

        List<(string Id, ObservatoryEventV1 Event)> firstVisit;
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15)))
        {
            var reading = ReadLiveAsync(host.Client, $"{Events}/live?after=0", lastEventId: null, count: first.Count + 2, timeout.Token);
            await Task.Delay(300);
            // Committed while the client waits at the head: the store wakes the tail, nothing polls.
            var live = await log.AppendAsync(SampleEvents.Post("1", replies: 2, expectedVersion: 3));
            firstVisit = await reading;
            Assert.Equal([.. first, .. live], firstVisit.Select(e => e.Event.EventId));
        }
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], firstVisit.Select(e => e.Id));

        var missed = await log.AppendAsync(SampleEvents.Post("2", replies: 1));
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15)))
        {
            // The browser's EventSource sends Last-Event-ID on reconnect; it wins over the URL's after=.
            var resumed = await ReadLiveAsync(host.Client, $"{Events}/live?after=0", lastEventId: "7", count: missed.Count, timeout.Token);
            Assert.Equal(missed, resumed.Select(e => e.Event.EventId));
            Assert.Equal(["8", "9"], resumed.Select(e => e.Id));
        }
    }

    private static async Task<List<(string Id, ObservatoryEventV1 Event)>> ReadLiveAsync(
        HttpClient client, string url, string? lastEventId, int count, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (lastEventId is not null)
            request.Headers.Add("Last-Event-ID", lastEventId);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var items = new List<(string, ObservatoryEventV1)>();
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(cancellationToken))
        {
            items.Add((item.EventId ?? "", JsonSerializer.Deserialize<ObservatoryEventV1>(item.Data, Json)!));
            if (items.Count == count)
                break;
        }
        return items;
    }
}

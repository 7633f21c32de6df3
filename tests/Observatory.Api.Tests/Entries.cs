using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Observatory.Api.Tests;

/// <summary>Requests the specs send again and again.</summary>
public static class Entries
{
    public const string Practice = """{"data":{"title":"Language café for newcomers","thematicAreas":["education"],"partnerId":"markaryd"}}""";

    public static string PracticeOf(string partner) =>
        $$$"""{"data":{"title":"Language café of {{{partner}}}","thematicAreas":["education"],"partnerId":"{{{partner}}}"}}""";

    public static string NewStream(string kind) => $"{kind}-{Guid.NewGuid():N}";

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string stream, string type, string body,
        string? idempotencyKey = null, string? ifMatch = null, string contentType = "application/json", string network = ApiHost.Network)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/networks/{network}/streams/{stream}/{type}")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}

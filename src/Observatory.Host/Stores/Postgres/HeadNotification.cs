using System.Globalization;

namespace Observatory.Host.Stores.Postgres;

/// <summary>The NOTIFY payload "{network}:{head}". Network ids are slugs without ':', so the split is unambiguous.</summary>
internal static class HeadNotification
{
    public static string Format(string network, long head) =>
        string.Create(CultureInfo.InvariantCulture, $"{network}:{head}");

    public static bool TryParse(string payload, out string network, out long head)
    {
        var colon = payload.LastIndexOf(':');
        network = colon > 0 ? payload[..colon] : "";
        head = 0;
        return colon > 0 && long.TryParse(payload.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out head);
    }
}

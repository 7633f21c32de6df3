using System.Text;
using Microsoft.AspNetCore.Http;
using Observatory.Host.Dashboard;
using Observatory.Host.Localization;
using static Observatory.Host.Dashboard.Html;

namespace Observatory.Host.Platform;

/// <summary>What the directory and guides pages share: the navigation back and across, and the moment shown.</summary>
internal static class PlatformHtml
{
    public static string Path(string network, string page) => $"{DashboardPage.Path(network)}/{page}";

    public static string Nav(Texts t, PlatformData data)
    {
        var query = data.Moment.Query is { Length: > 0 } q ? "?" + q : "";
        return $"<nav aria-label=\"{E(t["platform.nav.label"])}\" class=\"noprint\"><ul>"
            + $"<li><a href=\"{E(DashboardPage.Path(data.Network) + query)}\">{E(t["platform.nav.dashboard"])}</a></li>"
            + $"<li><a href=\"{E(Path(data.Network, "directory") + query)}\">{E(t["platform.nav.directory"])}</a></li>"
            + $"<li><a href=\"{E(Path(data.Network, "guides") + query)}\">{E(t["platform.nav.guides"])}</a></li>"
            + "</ul></nav>\n";
    }

    public static string Moment(Texts t, PlatformData data) => data.Moment.IsLive
        ? $"<p class=\"moment\">{E(t.Format("platform.moment.live", t.Date(data.Moment.Today)))}</p>\n"
        : $"<p class=\"moment past\">{E(t.Format("platform.moment.past", t.Date(data.Moment.Today), t.Number(data.Moment.Position)))}</p>\n";

    /// <summary>The moment's parameter as a hidden input, so a search keeps looking at the same moment.</summary>
    public static string KeepMoment(PlatformData data)
    {
        var html = new StringBuilder();
        foreach (var pair in (data.Moment.Query ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair[..pair.IndexOf('=')], Uri.UnescapeDataString(pair[(pair.IndexOf('=') + 1)..]));
            html.Append($"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">");
        }
        return html.ToString();
    }

    public static string Share(Texts t, int part, int whole, decimal? share) =>
        share is { } s ? t.Format("platform.share", t.Number(part), t.Number(whole), t.Percent(s)) : t["platform.share.none"];
}

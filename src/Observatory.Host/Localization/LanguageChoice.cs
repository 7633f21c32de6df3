using Microsoft.AspNetCore.Http.Extensions;

namespace Observatory.Host.Localization;

/// <summary>
/// Which language a request is served in: a <c>?lang=</c> switch (remembered in a cookie), else the cookie, else the
/// browser's Accept-Language preference, else English. An unknown code is ignored, never an error: the page still renders.
/// </summary>
public static class LanguageChoice
{
    public const string Query = "lang";
    public const string Cookie = "observatory-lang";
    private static readonly object ItemKey = new();

    public static Texts Texts(this HttpContext http)
    {
        if (http.Items.TryGetValue(ItemKey, out var cached) && cached is Texts texts)
            return texts;
        var language = Choose(http);
        texts = new Texts(language, TextCatalog.Default, Switches(http.Request, language));
        http.Items[ItemKey] = texts;
        return texts;
    }

    public static Language Choose(HttpContext http)
    {
        if (Language.Find(http.Request.Query[Query]) is { } asked)
        {
            if (!http.Response.HasStarted)
                http.Response.Cookies.Append(Cookie, asked.Code, new CookieOptions
                {
                    HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true,
                });
            return asked;
        }
        if (Language.Find(http.Request.Cookies[Cookie]) is { } remembered)
            return remembered;
        var preferences = http.Request.GetTypedHeaders().AcceptLanguage
            .Where(p => p.Quality is null or > 0)
            .OrderByDescending(p => p.Quality ?? 1);
        foreach (var preference in preferences)
        {
            var tag = preference.Value.Value ?? "";
            var primary = tag.Split('-')[0];
            if (Language.Find(primary) is { } preferred)
                return preferred;
        }
        return Language.English;
    }

    private static List<LanguageLink> Switches(HttpRequest request, Language current)
    {
        var links = new List<LanguageLink>(Language.All.Count);
        foreach (var language in Language.All)
        {
            var query = new QueryBuilder();
            foreach (var (key, values) in request.Query)
            {
                if (!string.Equals(key, Query, StringComparison.OrdinalIgnoreCase))
                    query.Add(key, (IEnumerable<string>)values.Where(v => v is not null)!);
            }
            query.Add(Query, language.Code);
            links.Add(new LanguageLink(language, request.PathBase + request.Path + query.ToQueryString(), language == current));
        }
        return links;
    }
}

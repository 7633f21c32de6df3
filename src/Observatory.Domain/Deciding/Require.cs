using System.Text.RegularExpressions;

namespace Observatory.Domain.Deciding;

/// <summary>
/// The small checks every aggregate shares. Each returns null when the input passes, so rules chain with <c>??</c>
/// and the first refusal wins.
/// </summary>
public static partial class Require
{
    public const int MaxShortText = 300;
    public const int MaxLongText = 8000;

    public static DomainError? Text(string? value, string field, string rule, int maxLength = MaxShortText) =>
        string.IsNullOrWhiteSpace(value) ? new DomainError(rule, "is required and must not be blank", field)
        : value.Length > maxLength ? new DomainError("text-too-long", $"must be at most {maxLength} characters", field)
        : null;

    public static DomainError? OptionalText(string? value, string field, int maxLength = MaxLongText) =>
        value is null ? null
        : string.IsNullOrWhiteSpace(value) ? new DomainError("text-blank", "must be left out rather than blank", field)
        : value.Length > maxLength ? new DomainError("text-too-long", $"must be at most {maxLength} characters", field)
        : null;

    /// <summary>
    /// The log is immutable, so a person's name or address must never enter it. A post ("2nd Deputy Mayor") is
    /// fine; an e-mail address is the one personal identifier we can recognise reliably, so it is refused.
    /// </summary>
    public static DomainError? NotAPerson(string? value, string field) =>
        value is not null && EmailLike().IsMatch(value)
            ? new DomainError("by-position-not-person", "must describe a post or role, not a person (it looks like an e-mail address)", field)
            : null;

    /// <summary>
    /// A role address reaches whoever holds a post: a desk, a functional mailbox ("integration@…", "helpline-uk@…").
    /// A mailbox named like a person ("anna.nowak@…", "a_nowak@…") follows the person, not the post, and would put a
    /// name into the immutable log, so it is refused. The rule errs on privacy's side: "integration.desk@…" is refused too.
    /// </summary>
    public static DomainError? RoleAddress(string? value, string field) =>
        value is not null && PersonalMailbox().IsMatch(value)
            ? new DomainError("role-address-personal", "must reach a post (a desk or a functional mailbox such as integration@…), not a person's mailbox such as first.last@…", field)
            : null;

    public static DomainError? Slug(string? value, string field, string rule) =>
        value is not null && SlugPattern().IsMatch(value)
            ? null
            : new DomainError(rule, "must be lowercase letters, digits and '-'", field);

    public static DomainError? Url(string? value, string field) =>
        value is null || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            ? null
            : new DomainError("url-invalid", "must be an absolute http(s) address", field);

    /// <summary>ISO 639 codes, optionally with a region: "pl", "uk", "de", "sv", "lt", "en-GB".</summary>
    public static DomainError? Language(string? value, string field) =>
        value is not null && LanguagePattern().IsMatch(value)
            ? null
            : new DomainError("language-code-invalid", "must be an ISO 639 language code such as \"pl\" or \"uk\"", field);

    public static DomainError? Known<TEnum>(TEnum value, string field) where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? null : new DomainError("value-unknown", $"'{value}' is not a known {typeof(TEnum).Name}", field);

    public static DomainError? NotEmpty<T>(IReadOnlyCollection<T>? items, string field, string rule) =>
        items is { Count: > 0 } ? null : new DomainError(rule, "needs at least one entry", field);

    public static DomainError? NotNegative(decimal value, string field) =>
        value >= 0 ? null : new DomainError("value-negative", "must be zero or more", field);

    /// <summary>Runs <paramref name="check"/> on every item, naming the item as "field[i]".</summary>
    public static DomainError? Each<T>(IReadOnlyList<T>? items, string field, Func<T, string, DomainError?> check)
    {
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            if (check(items[i], $"{field}[{i}]") is { } error)
                return error;
        }
        return null;
    }

    public static DomainError? Distinct<T>(IReadOnlyList<T>? items, string field, string rule)
    {
        var seen = new HashSet<T>();
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            if (!seen.Add(items[i]))
                return new DomainError(rule, $"'{items[i]}' is listed more than once", $"{field}[{i}]");
        }
        return null;
    }

    public static DomainError? Period(DateOnly startsOn, DateOnly endsOn, string endField = "endsOn") =>
        startsOn < endsOn ? null : new DomainError("period-start-before-end", $"must be after the start ({startsOn:yyyy-MM-dd})", endField);

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]+")]
    private static partial Regex EmailLike();

    [GeneratedRegex(@"(?<![^\s<:(])\p{L}+[._]\p{L}+@[^\s@]+\.[^\s@]+")]
    private static partial Regex PersonalMailbox();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Z]{2})?$")]
    private static partial Regex LanguagePattern();
}

using System.Collections.Immutable;
using Observatory.Domain.Deciding;
using Observatory.Domain.Recording;

namespace Observatory.Domain.Feedback;

/// <summary>The coding frames by version and the deadline in force: what the feedback rules check codings against.</summary>
public sealed record MechanismState(ImmutableDictionary<int, IReadOnlyList<CodingCategory>> Frames, int? DeadlineDays)
{
    public static MechanismState Initial { get; } = new(ImmutableDictionary<int, IReadOnlyList<CodingCategory>>.Empty, null);

    public int LatestVersion => Frames.IsEmpty ? 0 : Frames.Keys.Max();
}

public static class MechanismDecider
{
    /// <summary>One mechanism per network, so one stream with a fixed name, like "network".</summary>
    public const string Stream = "mechanism";

    public const int MaxDeadlineDays = 365;

    internal static ImmutableHashSet<Type> CreatingEvents { get; } = [typeof(FeedbackMechanismEstablished)];

    public static MechanismState Evolve(MechanismState state, IMechanismEvent fact) => fact switch
    {
        CodingFramePublished frame => state with { Frames = state.Frames.SetItem(frame.Version, frame.Categories) },
        FeedbackMechanismEstablished established => state with { DeadlineDays = established.ResponseDeadlineDays },
        ResponseDeadlineSet deadline => state with { DeadlineDays = deadline.Days },
        _ => state,
    };

    public static DomainError? Check(MechanismState state, IMechanismEvent fact, FactContext context) =>
        context.Stream != Stream
            ? new DomainError("stream-name-invalid", $"a network has exactly one stream named \"{Stream}\"", "stream")
            : fact switch
            {
                CodingFramePublished frame => Frame(state, frame),
                FeedbackMechanismEstablished established => Deadline(established.ResponseDeadlineDays, "responseDeadlineDays"),
                ResponseDeadlineSet deadline => Deadline(deadline.Days, "days"),
                _ => null,
            };

    private static DomainError? Deadline(int days, string field) =>
        days is >= 1 and <= MaxDeadlineDays
            ? null
            : new DomainError("response-deadline-out-of-range", $"must be from 1 to {MaxDeadlineDays} days", field);

    private static DomainError? Frame(MechanismState state, CodingFramePublished frame) =>
        (frame.Version != state.LatestVersion + 1
            ? new DomainError("coding-frame-version-sequence", $"the next version is {state.LatestVersion + 1}", "version")
            : null)
        ?? Require.NotEmpty(frame.Categories, "categories", "coding-frame-empty")
        ?? Require.Each(frame.Categories, "categories", (c, field) =>
            Require.Slug(c.Category, $"{field}.category", "coding-category-format")
            ?? Require.NotEmpty(c.Codes, $"{field}.codes", "coding-category-empty")
            ?? Require.Each(c.Codes, $"{field}.codes", (code, f) => Require.Slug(code, f, "coding-code-format"))
            ?? Require.Distinct(c.Codes, $"{field}.codes", "coding-code-listed-twice"))
        ?? Require.Distinct([.. frame.Categories.Select(c => c.Category)], "categories", "coding-category-listed-twice");
}

namespace Observatory.Domain.Evaluations;

/// <summary>
/// The report's three monitoring indicators: the first catalogue, not the last. Networks declare more keys of their
/// own, so targets accept any key of this shape.
/// </summary>
public static class Indicators
{
    public const string NetworkedMembers = "networked-members";
    public const string ResourcesSharedOnline = "resources-shared-online";
    public const string WorkingGroupsSetUp = "working-groups-set-up";

    /// <summary>
    /// Issue 8's platform indicator: of the country guides published by a day, the share whose next review is not yet
    /// overdue on that day (a stock measured at a moment, computed by the guides projection).
    /// </summary>
    public const string CountryGuidesWithinReviewDate = "country-guides-within-review-date";

    public const string KeyPattern = "^[a-z0-9-]+$";

    public static IReadOnlyList<string> FirstCatalogue { get; } = [NetworkedMembers, ResourcesSharedOnline, WorkingGroupsSetUp];

    /// <summary>The indicators of the network's platform (report, Part II), beside the first catalogue.</summary>
    public static IReadOnlyList<string> PlatformCatalogue { get; } = [CountryGuidesWithinReviewDate];
}

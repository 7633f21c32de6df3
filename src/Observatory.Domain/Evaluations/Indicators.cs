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

    public const string KeyPattern = "^[a-z0-9-]+$";

    public static IReadOnlyList<string> FirstCatalogue { get; } = [NetworkedMembers, ResourcesSharedOnline, WorkingGroupsSetUp];
}

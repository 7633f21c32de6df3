using Observatory.Domain.Feedback;
using Observatory.Projections.Periods;
using Observatory.Projections.Roster;

namespace Observatory.Projections.Feedback;

/// <summary>One consultation: its participants as a band, or suppressed when the band is under the minimum.</summary>
public sealed record ConsultationLine(string Stream, string CycleStream, DateOnly HeldOn, string Format, FeedbackCell Participants,
    IReadOnlyList<string> Languages, int Inputs);

/// <summary>
/// <see cref="ParticipantsAtLeast"/> adds up the lower ends of the bands: a floor, never a count, and suppressed
/// under the minimum like any cell.
/// </summary>
public sealed record ConsultationSummary(IReadOnlyList<ConsultationLine> Consultations, FeedbackCell ParticipantsAtLeast);

public static class ConsultationView
{
    public static int LowerBound(ParticipantBand band) => band switch
    {
        ParticipantBand.From1To4 => 1,
        ParticipantBand.From5To9 => 5,
        ParticipantBand.From10To24 => 10,
        ParticipantBand.From25To49 => 25,
        _ => 50,
    };

    public static ConsultationSummary Build(FeedbackState state, Period? period = null, string? cycleStream = null)
    {
        var held = state.Planning.Consultations
            .Where(c => (period?.Contains(c.Value.HeldOn) ?? true) && (cycleStream is null || c.Value.CycleStream == cycleStream))
            .OrderBy(c => c.Value.HeldOn).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        return new ConsultationSummary(
            [.. held.Select(c => new ConsultationLine(c.Key, c.Value.CycleStream, c.Value.HeldOn, Keys.Of(c.Value.Format), Band(c.Value.Participants),
                c.Value.Languages, c.Value.Inputs))],
            FloorCell(held.Sum(c => LowerBound(c.Value.Participants))));
    }

    private static FeedbackCell Band(ParticipantBand band) =>
        band == ParticipantBand.From1To4 ? new FeedbackCell("participants", null, true) : new FeedbackCell(Keys.Of(band), LowerBound(band), false);

    private static FeedbackCell FloorCell(int floor) =>
        floor < SmallCells.Minimum ? new FeedbackCell("participants-at-least", null, true) : new FeedbackCell("participants-at-least", floor, false);
}

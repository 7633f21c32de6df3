using Observatory.Domain.Feedback;
using static Observatory.Domain.Tests.Dates;
using static Observatory.Domain.Tests.Feedback.LoopHistory;

namespace Observatory.Domain.Tests.Feedback;

/// <summary>Migrants consulted on a plan, participants as a band, and plan tasks citing what they said.</summary>
public class ConsultationSpecs
{
    private const string Consultation = "consultation-2022-autumn";

    private static readonly MigrantConsultationHeld Held = new(Cycle, ConsultationFormat.FocusGroup, ParticipantBand.From10To24, ["uk", "ru"],
        [new ConsultationInput("evening-classes", "Courses after working hours"), new ConsultationInput("childcare", "Childcare during courses")],
        D(2022, 9, 20), "bytow");

    [Fact]
    public void A_consultation_is_held_for_a_plan() =>
        Planned().When(Consultation, Held).ThenAccepted(Held);

    [Fact]
    public void A_consultation_for_a_plan_that_does_not_exist_is_refused() =>
        Planned().When(Consultation, Held with { CycleStream = "cycle-1999" }).ThenRefused("plan-unknown", "cycleStream");

    [Fact]
    public void A_consultation_records_at_least_one_input() =>
        Planned().When(Consultation, Held with { Inputs = [] }).ThenRefused("consultation-input-required", "inputs");

    [Fact]
    public void An_input_summary_never_names_a_person_by_address() =>
        Planned().When(Consultation, Held with { Inputs = [new ConsultationInput("x", "write to olena@example.org")] })
            .ThenRefused("by-position-not-person", "inputs[0].summary");

    [Fact]
    public void A_plan_task_cites_the_inputs_it_answers() =>
        Planned().Given(Consultation, Held).When(Consultation, new TaskInputCited(TaskId, ["evening-classes"])).ThenAccepted();

    [Fact]
    public void A_task_of_another_plan_cannot_cite() =>
        Planned().Given(Consultation, Held).When(Consultation, new TaskInputCited("no-such-task", ["evening-classes"])).ThenRefused("task-unknown", "taskId");

    [Fact]
    public void An_input_the_consultation_did_not_hear_cannot_be_cited() =>
        Planned().Given(Consultation, Held).When(Consultation, new TaskInputCited(TaskId, ["housing"])).ThenRefused("consultation-input-unknown", "inputIds[0]");

    [Fact]
    public void The_same_citation_twice_is_refused() =>
        Planned().Given(Consultation, Held).Given(Consultation, new TaskInputCited(TaskId, ["childcare"]))
            .When(Consultation, new TaskInputCited(TaskId, ["childcare"])).ThenRefused("task-input-already-cited", "inputIds[0]");
}

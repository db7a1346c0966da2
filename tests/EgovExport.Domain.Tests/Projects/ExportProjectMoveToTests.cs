using System.Text.Json;

namespace EgovExport.Domain.Tests.Projects;

public class ExportProjectMoveToTests
{
    private const string SkipReason = "Won an ADB tender without an MOU.";

    [Fact]
    public void Moving_forward_one_stage_enters_that_stage_with_its_gate_data()
    {
        var project = AProject().Build();
        var consulting = Consulting(plannedRounds: 4);

        project.MoveTo(new StageMove(Stage.Consulting, Consulting: consulting), By, Later);

        Assert.Equal(Stage.Consulting, project.Stage);
        Assert.Equal(Later.UtcNow, project.StageEnteredAt);
        Assert.Same(consulting, Assert.Single(project.ConsultingEngagements));
    }

    [Theory]
    [InlineData(Stage.Consulting, "consulting")]
    [InlineData(Stage.Mou, "mou")]
    [InlineData(Stage.Contract, "contract")]
    [InlineData(Stage.Maintenance, "maintenance")]
    public void Moving_forward_requires_the_gate_data_of_the_target_stage(Stage target, string field)
    {
        var project = AProject().In(target - 1).Build();

        Expect.Invalid(field, () => project.MoveTo(new StageMove(target), By, Now));
    }

    [Fact]
    public void Gate_data_of_another_stage_is_refused()
    {
        var project = AProject().Build();

        Expect.Invalid("mou", () => project.MoveTo(new StageMove(Stage.Consulting, Consulting: Consulting(), Mou: Mou()), By, Now));
        Assert.Equal(Stage.Inquiry, project.Stage);
    }

    [Fact]
    public void Skipping_a_stage_needs_a_skip_reason()
    {
        var project = AProject().In(Stage.Consulting).Build();

        Expect.RuleBroken("SkippingAStageRequiresAReason", () => project.MoveTo(MoveInto(Stage.Contract), By, Now));
    }

    [Fact]
    public void Skipping_a_stage_with_a_skip_reason_is_recorded_as_skipped_with_the_reason()
    {
        var project = AProject().In(Stage.Consulting).WithConsortium(DefaultConsortium()).WithFunding(ContractValue).Build();

        project.MoveTo(MoveInto(Stage.Contract, SkipReason), By, Now);

        Assert.Equal(Stage.Contract, project.Stage);
        var transition = project.Transitions[^1];
        Assert.True(transition.Skipped);
        Assert.Equal(SkipReason, transition.Reason);
    }

    [Fact]
    public void Moving_back_needs_a_reason()
    {
        var project = AProject().In(Stage.Mou).Build();

        Expect.RuleBroken("MovingBackRequiresAReason", () => project.MoveTo(new StageMove(Stage.Consulting, Reason: " "), By, Now));
    }

    [Fact]
    public void Moving_back_with_a_reason_enters_the_earlier_stage()
    {
        var project = AProject().In(Stage.Mou).Build();

        project.MoveTo(MoveBackTo(Stage.Consulting), By, Now);

        Assert.Equal(Stage.Consulting, project.Stage);
        var transition = project.Transitions[^1];
        Assert.Equal((Stage.Mou, Stage.Consulting), (transition.FromStage, transition.ToStage));
        Assert.Equal(MoveBackTo(Stage.Consulting).Reason, transition.Reason);
        Assert.False(transition.Skipped);
        Assert.Null(transition.GateData);
    }

    [Fact]
    public void Moving_back_keeps_the_records_of_the_stages_left()
    {
        var project = AProject().In(Stage.Contract).Build();

        project.MoveTo(MoveBackTo(Stage.Consulting), By, Now);

        Assert.Single(project.ConsultingEngagements);
        Assert.NotNull(project.Mou);
        Assert.NotNull(project.Contract);
    }

    [Fact]
    public void Moving_back_sets_the_default_probability_of_the_earlier_stage()
    {
        var project = AProject().In(Stage.Contract).Build();

        project.MoveTo(MoveBackTo(Stage.Mou), By, Now);

        Assert.Equal(50, project.Probability);
    }

    [Fact]
    public void Moving_back_takes_no_gate_data()
    {
        var project = AProject().In(Stage.Mou).Build();

        Expect.Invalid("consulting", () => project.MoveTo(MoveBackTo(Stage.Consulting) with { Consulting = Consulting() }, By, Now));
    }

    [Fact]
    public void Moving_to_the_current_stage_is_refused()
    {
        var project = AProject().In(Stage.Consulting).Build();

        Expect.RuleBroken("MoveMustChangeStage", () => project.MoveTo(MoveInto(Stage.Consulting), By, Now));
    }

    [Theory]
    [InlineData(Stage.Inquiry, 10)]
    [InlineData(Stage.Consulting, 25)]
    [InlineData(Stage.Mou, 50)]
    [InlineData(Stage.Contract, 100)]
    [InlineData(Stage.Maintenance, 100)]
    public void Entering_a_stage_sets_its_default_probability(Stage stage, int probability)
    {
        Assert.Equal(probability, AProject().In(stage).Build().Probability);
    }

    [Fact]
    public void A_move_overrides_a_probability_set_by_hand()
    {
        var project = AProject().Build();
        project.UpdateDetails(Details(), probability: 70, Now);

        project.MoveTo(MoveInto(Stage.Consulting), By, Now);

        Assert.Equal(25, project.Probability);
    }

    [Fact]
    public void Every_move_adds_a_transition_saying_from_where_to_where_by_whom_and_when()
    {
        var project = AProject().Build();

        project.MoveTo(MoveInto(Stage.Consulting), "analyst@koica.example", Later);

        Assert.Equal(2, project.Transitions.Count);
        var transition = project.Transitions[^1];
        Assert.Equal(project.Id, transition.ProjectId);
        Assert.Equal((Stage.Inquiry, Stage.Consulting), (transition.FromStage, transition.ToStage));
        Assert.Equal("analyst@koica.example", transition.By);
        Assert.Equal(Later.UtcNow, transition.OccurredAt);
        Assert.False(transition.Skipped);
    }

    [Fact]
    public void The_transition_keeps_the_gate_data_as_json()
    {
        var project = AProject().In(Stage.Mou).WithConsortium(DefaultConsortium()).WithFunding(ContractValue).Build();

        project.MoveTo(MoveInto(Stage.Contract), By, Now);

        using var gate = JsonDocument.Parse(project.Transitions[^1].GateData!);
        Assert.Equal("EC-CUS-2026-7", gate.RootElement.GetProperty("number").GetString());
        Assert.Equal(ContractValue, gate.RootElement.GetProperty("value").GetDecimal());
        Assert.Equal(PrimeContractor, gate.RootElement.GetProperty("primeContractorId").GetGuid());
        Assert.Equal("2026-04-01", gate.RootElement.GetProperty("startOn").GetString());
    }

    [Fact]
    public void Every_move_increases_the_version_by_one()
    {
        var project = AProject().In(Stage.Consulting).Build();
        var version = project.Version;

        project.MoveTo(MoveInto(Stage.Mou), By, Now);
        Assert.Equal(version + 1, project.Version);

        project.MoveTo(MoveBackTo(Stage.Consulting), By, Now);
        Assert.Equal(version + 2, project.Version);
    }

    [Fact]
    public void A_project_on_hold_cannot_move()
    {
        var project = AProject().WithStatus(ProjectStatus.OnHold).Build();

        Expect.RuleBroken("ProjectOnHoldCannotMove", () => project.MoveTo(MoveInto(Stage.Consulting), By, Now));
    }

    [Theory]
    [InlineData(ProjectStatus.Lost)]
    [InlineData(ProjectStatus.Withdrawn)]
    [InlineData(ProjectStatus.Completed)]
    public void A_closed_project_cannot_move(ProjectStatus closed)
    {
        var project = AProject().In(Stage.Maintenance).WithStatus(closed).Build();

        Expect.RuleBroken("ClosedProjectCannotMove", () => project.MoveTo(MoveBackTo(Stage.Contract), By, Now));
        Assert.Equal(Stage.Maintenance, project.Stage);
    }
}

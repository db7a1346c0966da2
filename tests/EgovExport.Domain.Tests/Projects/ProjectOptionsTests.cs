namespace EgovExport.Domain.Tests.Projects;

/// <summary>
/// The move options a client is given must be exactly the moves <see cref="ExportProject.MoveTo"/>
/// accepts: every offered move goes through with the data the option names (and fails without it),
/// every other target is refused, for every stage and status.
/// </summary>
public class ProjectOptionsTests
{
    private const string AReason = "The partner asked to revisit the scope.";

    public static TheoryData<Stage, ProjectStatus> EveryStageAndStatus()
    {
        var data = new TheoryData<Stage, ProjectStatus>();
        foreach (var stage in Enum.GetValues<Stage>())
        {
            foreach (var status in Enum.GetValues<ProjectStatus>().Where(s => s != ProjectStatus.Completed || stage == Stage.Maintenance))
            {
                data.Add(stage, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStageAndStatus))]
    public void Every_offered_move_is_accepted_with_what_it_says_it_needs_and_every_other_target_refused(Stage stage, ProjectStatus status)
    {
        var options = Start(stage, status).MoveOptions();
        Assert.Equal(ProjectOptions.Moves(stage, status), options);

        foreach (var target in Enum.GetValues<Stage>())
        {
            if (options.SingleOrDefault(o => o.ToStage == target) is not { } option)
            {
                var refused = Record.Exception(() => Start(stage, status, contractOnRecord: true).MoveTo(FullMove(stage, target), By, Later));
                Assert.True(refused is BusinessRuleViolationException, $"{stage}/{status} → {target} is not offered but was not refused by a rule: {refused}");
                continue;
            }

            var project = Start(stage, status, option.ContractOnRecordRequired);
            project.MoveTo(MoveFor(option), By, Later);
            Assert.Equal(target, project.Stage);

            if (option.Gate is { } gate)
            {
                Expect.Invalid(gate.ToString().ToLowerInvariant(), () =>
                    Start(stage, status, option.ContractOnRecordRequired).MoveTo(MoveFor(option) with { Consulting = null, Mou = null, Contract = null, Maintenance = null }, By, Later));
            }

            if (option.SkipReasonRequired)
            {
                Expect.RuleBroken(nameof(Domain.Projects.Rules.SkippingAStageRequiresAReason), () =>
                    Start(stage, status, option.ContractOnRecordRequired).MoveTo(MoveFor(option) with { SkipReason = null }, By, Later));
            }

            if (option.ReasonRequired)
            {
                Expect.RuleBroken(nameof(Domain.Projects.Rules.MovingBackRequiresAReason), () =>
                    Start(stage, status).MoveTo(MoveFor(option) with { Reason = null }, By, Later));
            }

            if (option.ContractOnRecordRequired)
            {
                Expect.RuleBroken(nameof(Domain.Projects.Rules.MaintenanceRequiresAContract), () =>
                    Start(stage, status).MoveTo(MoveFor(option), By, Later));
            }
        }
    }

    [Fact]
    public void An_active_project_may_move_back_with_a_reason_forward_through_the_next_gate_and_skip_with_a_skip_reason()
    {
        Assert.Equal(
            [
                new MoveOption(Stage.Inquiry, MoveKind.Back, null, false, true, [], false),
                new MoveOption(Stage.Consulting, MoveKind.Back, null, false, true, [], false),
                new MoveOption(Stage.Contract, MoveKind.Forward, Stage.Contract, false, false, [], false),
                new MoveOption(Stage.Maintenance, MoveKind.Skip, Stage.Maintenance, true, false, [Stage.Contract], true),
            ],
            ProjectOptions.Moves(Stage.Mou, ProjectStatus.Active));

        var fromInquiry = ProjectOptions.Moves(Stage.Inquiry, ProjectStatus.Active);
        Assert.Equal([Stage.Consulting, Stage.Mou, Stage.Contract, Stage.Maintenance], fromInquiry.Select(o => o.ToStage));
        Assert.Equal([Stage.Consulting, Stage.Mou], fromInquiry.Single(o => o.ToStage == Stage.Contract).SkippedStages);
    }

    [Theory]
    [InlineData(ProjectStatus.OnHold)]
    [InlineData(ProjectStatus.Lost)]
    [InlineData(ProjectStatus.Withdrawn)]
    [InlineData(ProjectStatus.Completed)]
    public void A_project_on_hold_or_closed_offers_no_move(ProjectStatus status)
    {
        Assert.Empty(ProjectOptions.Moves(Stage.Maintenance, status));
    }

    [Fact]
    public void Status_options_from_stage_and_status_are_those_of_the_project_and_only_reopening_reopens()
    {
        foreach (var (stage, status) in EveryStageAndStatus().Select(row => ((Stage)row[0], (ProjectStatus)row[1])))
        {
            var options = ProjectOptions.StatusChanges(stage, status);
            Assert.Equal(Start(stage, status).StatusOptions(), options);
            Assert.Equal(status.IsClosed(), options.Any(o => o.Reopens));
        }
    }

    /// <summary>
    /// A project in <paramref name="stage"/> with <paramref name="status"/>, with a consortium and funding
    /// that a contract gate accepts; with <paramref name="contractOnRecord"/>, one that reached Contract
    /// earlier and was moved back (when it is below Contract now).
    /// </summary>
    private static ExportProject Start(Stage stage, ProjectStatus status, bool contractOnRecord = false)
    {
        var builder = AProject().WithConsortium(DefaultConsortium()).WithFunding(600_000m, 400_000m);
        ExportProject project;
        if (contractOnRecord && stage < Stage.Contract)
        {
            project = builder.In(Stage.Contract).Build();
            project.MoveTo(MoveBackTo(stage), By, Now);
        }
        else
        {
            project = builder.In(stage).Build();
        }

        if (status != ProjectStatus.Active)
        {
            project.ChangeStatus(status, AReason, null, null, By, Now);
        }

        return project;
    }

    /// <summary>The move as the option describes it: the gate's data, a skip reason, a reason — each only when the option names it.</summary>
    private static StageMove MoveFor(MoveOption option) =>
        (option.Gate is { } gate ? MoveInto(gate) : new StageMove(option.ToStage)) with
        {
            SkipReason = option.SkipReasonRequired ? "Won an ADB tender without an MOU." : null,
            Reason = option.ReasonRequired ? AReason : null,
        };

    /// <summary>Everything a move to <paramref name="target"/> could need: a reason (back), else its gate data and a skip reason.</summary>
    private static StageMove FullMove(Stage current, Stage target) =>
        target <= current ? MoveBackTo(target) : MoveInto(target, skipReason: "Skipped on purpose.");
}

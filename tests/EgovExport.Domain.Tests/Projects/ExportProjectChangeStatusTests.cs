namespace EgovExport.Domain.Tests.Projects;

public class ExportProjectChangeStatusTests
{
    private const string Reason = "The ministry's budget was cut.";

    private static void Change(ExportProject project, ProjectStatus status, string? reason = Reason,
        LossReason? lossReason = null, string? lostTo = null, Moment? at = null) =>
        project.ChangeStatus(status, reason, lossReason, lostTo, By, at ?? Now);

    [Fact]
    public void A_project_can_be_put_on_hold_and_made_active_again_keeping_its_probability()
    {
        var project = AProject().In(Stage.Mou).Build();

        Change(project, ProjectStatus.OnHold, reason: null);
        Assert.Equal(ProjectStatus.OnHold, project.Status);

        Change(project, ProjectStatus.Active, reason: null);
        Assert.Equal(ProjectStatus.Active, project.Status);
        Assert.Equal(50, project.Probability);
    }

    [Theory]
    [InlineData(ProjectStatus.Lost, null)]
    [InlineData(ProjectStatus.Lost, "  ")]
    [InlineData(ProjectStatus.Withdrawn, null)]
    [InlineData(ProjectStatus.Withdrawn, "")]
    public void Losing_or_withdrawing_a_project_needs_a_reason(ProjectStatus status, string? reason)
    {
        var project = AProject().Build();

        Expect.Invalid("reason", () => Change(project, status, reason));
        Assert.Equal(ProjectStatus.Active, project.Status);
    }

    [Fact]
    public void A_lost_project_has_probability_zero_and_records_why_and_to_whom()
    {
        var project = AProject().In(Stage.Mou).Build();

        Change(project, ProjectStatus.Lost, "A cheaper bid won.", LossReason.Competitor, lostTo: "jp");

        Assert.Equal(ProjectStatus.Lost, project.Status);
        Assert.Equal(0, project.Probability);
        var change = project.StatusChanges[^1];
        Assert.Equal(LossReason.Competitor, change.LossReason);
        Assert.Equal("JP", change.LostToCountryCode);
        Assert.Equal("A cheaper bid won.", change.Reason);
    }

    [Fact]
    public void The_competing_country_is_recorded_only_when_the_project_is_lost()
    {
        var project = AProject().Build();

        Expect.Invalid("lostToCountryCode", () => Change(project, ProjectStatus.Withdrawn, lostTo: "JP"));
    }

    [Fact]
    public void A_loss_reason_is_recorded_only_when_the_project_is_lost()
    {
        var project = AProject().Build();

        Expect.Invalid("lossReason", () => Change(project, ProjectStatus.Withdrawn, lossReason: LossReason.Budget));
    }

    [Fact]
    public void Only_a_project_in_maintenance_can_be_completed()
    {
        var project = AProject().In(Stage.Contract).Build();

        Expect.RuleBroken("OnlyMaintenanceProjectsCanComplete", () => Change(project, ProjectStatus.Completed));
    }

    [Fact]
    public void A_project_in_maintenance_can_be_completed()
    {
        var project = AProject().In(Stage.Maintenance).Build();

        Change(project, ProjectStatus.Completed, reason: null);

        Assert.Equal(ProjectStatus.Completed, project.Status);
    }

    [Theory]
    [InlineData(ProjectStatus.Lost, ProjectStatus.OnHold)]
    [InlineData(ProjectStatus.Lost, ProjectStatus.Withdrawn)]
    [InlineData(ProjectStatus.Withdrawn, ProjectStatus.Lost)]
    [InlineData(ProjectStatus.Completed, ProjectStatus.OnHold)]
    public void A_closed_project_can_only_be_reopened(ProjectStatus closed, ProjectStatus target)
    {
        var project = AProject().In(Stage.Maintenance).WithStatus(closed).Build();

        Expect.RuleBroken("ClosedProjectCanOnlyBeReopened", () => Change(project, target));
    }

    [Fact]
    public void Reopening_a_closed_project_needs_a_reason()
    {
        var project = AProject().WithStatus(ProjectStatus.Lost).Build();

        Expect.Invalid("reason", () => Change(project, ProjectStatus.Active, reason: null));
        Assert.Equal(ProjectStatus.Lost, project.Status);
    }

    [Fact]
    public void Reopening_restores_the_default_probability_of_the_stage()
    {
        var project = AProject().In(Stage.Mou).WithStatus(ProjectStatus.Lost).Build();

        Change(project, ProjectStatus.Active, "The partner re-tendered.");

        Assert.Equal(ProjectStatus.Active, project.Status);
        Assert.Equal(50, project.Probability);
    }

    [Fact]
    public void Changing_to_the_current_status_is_refused()
    {
        var project = AProject().Build();

        Expect.RuleBroken("StatusChangeMustChangeStatus", () => Change(project, ProjectStatus.Active));
    }

    [Fact]
    public void Every_status_change_is_recorded_and_increases_the_version()
    {
        var project = AProject().Build();
        var version = project.Version;

        Change(project, ProjectStatus.OnHold, "Elections.", at: Now);
        Change(project, ProjectStatus.Active, reason: null, at: Later);

        Assert.Equal(version + 2, project.Version);
        Assert.Collection(project.StatusChanges,
            first =>
            {
                Assert.Equal((ProjectStatus.Active, ProjectStatus.OnHold), (first.From, first.To));
                Assert.Equal(("Elections.", By, Now.UtcNow), (first.Reason, first.By, first.OccurredAt));
            },
            second =>
            {
                Assert.Equal((ProjectStatus.OnHold, ProjectStatus.Active), (second.From, second.To));
                Assert.Equal(Later.UtcNow, second.OccurredAt);
            });
    }

    [Fact]
    public void The_status_options_are_exactly_the_changes_the_project_accepts()
    {
        var active = AProject().In(Stage.Mou).Build();
        Assert.Equal(
            [new StatusOption(ProjectStatus.OnHold, false), new StatusOption(ProjectStatus.Lost, true), new StatusOption(ProjectStatus.Withdrawn, true)],
            active.StatusOptions());

        var maintained = AProject().In(Stage.Maintenance).Build();
        Assert.Contains(new StatusOption(ProjectStatus.Completed, false), maintained.StatusOptions());

        var withdrawn = AProject().Build();
        Change(withdrawn, ProjectStatus.Withdrawn);
        Assert.Equal([new StatusOption(ProjectStatus.Active, true, Reopens: true)], withdrawn.StatusOptions());
    }

    [Theory]
    [InlineData(Stage.Inquiry)]
    [InlineData(Stage.Maintenance)]
    public void Every_offered_status_is_accepted_and_every_other_refused(Stage stage)
    {
        foreach (var start in new[] { ProjectStatus.Active, ProjectStatus.OnHold, ProjectStatus.Lost })
        {
            var options = Start(stage, start).StatusOptions();
            foreach (var target in Enum.GetValues<ProjectStatus>())
            {
                var project = Start(stage, start);
                var offered = options.Any(o => o.Status == target);
                var accepted = Record.Exception(() => Change(project, target, reason: Reason, lossReason: null)) is null;
                Assert.True(offered == accepted, $"{stage}/{start} → {target}: offered {offered}, accepted {accepted}");
                if (offered && options.Single(o => o.Status == target).ReasonRequired)
                {
                    Expect.Invalid("reason", () => Change(Start(stage, start), target, reason: null));
                }
            }
        }
    }

    private static ExportProject Start(Stage stage, ProjectStatus status)
    {
        var project = AProject().In(stage).Build();
        if (status != ProjectStatus.Active)
        {
            Change(project, status);
        }

        return project;
    }
}

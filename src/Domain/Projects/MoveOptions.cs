using EgovExport.Domain.Common;
using EgovExport.Domain.Projects.Rules;

namespace EgovExport.Domain.Projects;

/// <summary>How a move relates to the pipeline's order.</summary>
public enum MoveKind
{
    /// <summary>To the next stage: the normal path.</summary>
    Forward,

    /// <summary>Forward past one stage or more: needs a skip reason.</summary>
    Skip,

    /// <summary>To an earlier stage: needs a reason and takes no gate data.</summary>
    Back,
}

/// <summary>
/// A stage the project may move to now, and what the move needs: the gate whose data must be given
/// (forward moves), a skip reason (skips), a reason (moving back). <see cref="ContractOnRecordRequired"/>
/// says that entering Maintenance without passing Contract needs the contract of an earlier pass.
/// </summary>
public sealed record MoveOption(
    Stage ToStage,
    MoveKind Kind,
    Stage? Gate,
    bool SkipReasonRequired,
    bool ReasonRequired,
    IReadOnlyList<Stage> SkippedStages,
    bool ContractOnRecordRequired)
{
    public bool Equals(MoveOption? other) =>
        other is not null
        && (ToStage, Kind, Gate, SkipReasonRequired, ReasonRequired, ContractOnRecordRequired)
            == (other.ToStage, other.Kind, other.Gate, other.SkipReasonRequired, other.ReasonRequired, other.ContractOnRecordRequired)
        && SkippedStages.SequenceEqual(other.SkippedStages);

    public override int GetHashCode() => HashCode.Combine(ToStage, Kind, Gate, SkippedStages.Count);
}

/// <summary>
/// What a project may do next, from its stage and status alone (so a list page needs no aggregate):
/// the same rules <see cref="ExportProject.MoveTo"/> and <see cref="ExportProject.ChangeStatus"/> enforce.
/// </summary>
public static class ProjectOptions
{
    /// <summary>The stages a project in <paramref name="stage"/> with <paramref name="status"/> may move to, in pipeline order.</summary>
    public static IReadOnlyList<MoveOption> Moves(Stage stage, ProjectStatus status) =>
        Enum.GetValues<Stage>()
            .Where(target => MoveRules(stage, status, target).All(rule => !rule.IsBroken()))
            .Select(target => Option(stage, target))
            .ToList();

    /// <summary>The statuses a project may change to now, each with whether the change needs a written reason.</summary>
    public static IReadOnlyList<StatusOption> StatusChanges(Stage stage, ProjectStatus status) =>
        Enum.GetValues<ProjectStatus>()
            .Where(target => StatusChangeRules(stage, status, target).All(rule => !rule.IsBroken()))
            .Select(target => new StatusOption(target, StatusChangeNeedsReason(status, target), Reopens: status.IsClosed() && target == ProjectStatus.Active))
            .ToList();

    /// <summary>The rules a status change checks before its reason and loss details.</summary>
    internal static IEnumerable<IBusinessRule> StatusChangeRules(Stage stage, ProjectStatus status, ProjectStatus target) =>
    [
        new StatusChangeMustChangeStatus(status, target),
        new ClosedProjectCanOnlyBeReopened(status, target),
        new OnlyMaintenanceProjectsCanComplete(stage, target),
    ];

    /// <summary>Losing, withdrawing and reopening a closed project need a written reason.</summary>
    internal static bool StatusChangeNeedsReason(ProjectStatus status, ProjectStatus target) =>
        target is ProjectStatus.Lost or ProjectStatus.Withdrawn || (status.IsClosed() && target == ProjectStatus.Active);

    /// <summary>
    /// The rules a move checks before it looks at the move's data; the reasons and gate data it then
    /// requires are what each option says the move needs.
    /// </summary>
    internal static IEnumerable<IBusinessRule> MoveRules(Stage stage, ProjectStatus status, Stage target) =>
    [
        new ClosedProjectCannotMove(status),
        new ProjectOnHoldCannotMove(status),
        new MoveMustChangeStage(stage, target),
    ];

    private static MoveOption Option(Stage stage, Stage target)
    {
        var skipped = Enum.GetValues<Stage>().Where(s => s > stage && s < target).ToList();
        var kind = target < stage ? MoveKind.Back : skipped.Count > 0 ? MoveKind.Skip : MoveKind.Forward;
        return new MoveOption(
            target,
            kind,
            Gate: kind == MoveKind.Back ? null : target,
            SkipReasonRequired: new SkippingAStageRequiresAReason(stage, target, null).IsBroken(),
            ReasonRequired: new MovingBackRequiresAReason(stage, target, null).IsBroken(),
            skipped,
            ContractOnRecordRequired: target == Stage.Maintenance && skipped.Contains(Stage.Contract));
    }
}

namespace EgovExport.Domain.Projects;

/// <summary>
/// One move on the pipeline. The transitions are the project's timeline: stage durations, conversion
/// and win rates are computed from them and never stored twice.
/// </summary>
public sealed class StageTransition
{
    private StageTransition()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>Null for the project's entry into the pipeline (Inquiry).</summary>
    public Stage? FromStage { get; private set; }

    public Stage ToStage { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public string By { get; private set; } = null!;

    public string? Reason { get; private set; }

    public bool Skipped { get; private set; }

    /// <summary>The gate data given with the move, as JSON, so the timeline can show it.</summary>
    public string? GateData { get; private set; }

    internal static StageTransition Record(Guid projectId, Stage? from, Stage to, DateTime at, string by, string? reason, bool skipped, string? gateData) => new()
    {
        Id = Guid.CreateVersion7(at),
        ProjectId = projectId,
        FromStage = from,
        ToStage = to,
        OccurredAt = at,
        By = by,
        Reason = reason,
        Skipped = skipped,
        GateData = gateData,
    };
}

/// <summary>A change of status (on hold, lost, withdrawn, completed, reopened).</summary>
public sealed class StatusChange
{
    private StatusChange()
    {
    }

    public ProjectStatus From { get; private set; }

    public ProjectStatus To { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public string By { get; private set; } = null!;

    public string? Reason { get; private set; }

    public LossReason? LossReason { get; private set; }

    public string? LostToCountryCode { get; private set; }

    internal static StatusChange Record(ProjectStatus from, ProjectStatus to, DateTime at, string by, string? reason, LossReason? lossReason, string? lostTo) => new()
    {
        From = from,
        To = to,
        OccurredAt = at,
        By = by,
        Reason = reason,
        LossReason = lossReason,
        LostToCountryCode = lostTo,
    };
}

/// <summary>A status the project may change to now, whether that change needs a written reason, and whether it reopens a closed project.</summary>
public sealed record StatusOption(ProjectStatus Status, bool ReasonRequired, bool Reopens = false);

namespace EgovExport.Domain.Projects;

/// <summary>
/// A request to move a project to <see cref="ToStage"/>, carrying the target stage's gate data
/// (at most one of the four records; which one must match <see cref="ToStage"/>).
/// </summary>
public sealed record StageMove(
    Stage ToStage,
    string? Reason = null,
    string? SkipReason = null,
    ConsultingEngagement? Consulting = null,
    MouAgreement? Mou = null,
    ContractRecord? Contract = null,
    MaintenanceRecord? Maintenance = null)
{
    /// <summary>The gate records given with the move, by the JSON name of their field.</summary>
    internal IEnumerable<(string Field, Stage Stage, object Data)> GivenGateData()
    {
        if (Consulting is not null) yield return ("consulting", Stage.Consulting, Consulting);
        if (Mou is not null) yield return ("mou", Stage.Mou, Mou);
        if (Contract is not null) yield return ("contract", Stage.Contract, Contract);
        if (Maintenance is not null) yield return ("maintenance", Stage.Maintenance, Maintenance);
    }
}

using EgovExport.Domain.Common;

namespace EgovExport.Domain.Projects.Rules;

// The rules of movement and of the gates that depend on the project's state. Each broken rule is a
// conflict (HTTP 409): the request was well formed, but the project as it stands forbids it.

public sealed class ClosedProjectCannotMove(ProjectStatus status) : IBusinessRule
{
    public bool IsBroken() => status.IsClosed();

    public string Message => $"The project is {status}; reopen it before moving it.";
}

public sealed class ProjectOnHoldCannotMove(ProjectStatus status) : IBusinessRule
{
    public bool IsBroken() => status == ProjectStatus.OnHold;

    public string Message => "The project is on hold; set it Active again before moving it.";
}

public sealed class MoveMustChangeStage(Stage current, Stage target) : IBusinessRule
{
    public bool IsBroken() => current == target;

    public string Message => $"The project is already in {current}.";
}

public sealed class SkippingAStageRequiresAReason(Stage current, Stage target, string? skipReason) : IBusinessRule
{
    public bool IsBroken() => target - current > 1 && string.IsNullOrWhiteSpace(skipReason);

    public string Message =>
        $"Moving from {current} to {target} skips {string.Join(", ", Enumerable.Range((int)current + 1, target - current - 1).Select(s => (Stage)s))}; give a skipReason.";
}

public sealed class MovingBackRequiresAReason(Stage current, Stage target, string? reason) : IBusinessRule
{
    public bool IsBroken() => target < current && string.IsNullOrWhiteSpace(reason);

    public string Message => $"Moving back from {current} to {target} needs a reason.";
}

public sealed class PrimeContractorMustBeConsortiumMember(Guid primeContractorId, IReadOnlyCollection<ConsortiumMember> consortium) : IBusinessRule
{
    public bool IsBroken() => consortium.All(m => m.OrganizationId != primeContractorId);

    public string Message =>
        $"The prime contractor {primeContractorId} is not a member of the project's consortium; add it to the consortium first.";
}

public sealed class ContractMustBeCoveredByFunding(decimal contractValue, string currency, IReadOnlyCollection<FundingSource> funding) : IBusinessRule
{
    private decimal Covered => funding.Sum(f => f.Amount);

    public bool IsBroken() => Covered < contractValue;

    public string Message =>
        $"The funding sources add up to {Covered:0.##} but the contract is worth {contractValue:0.##} {currency}; the funding must cover the contract value.";
}

public sealed class MaintenanceRequiresAContract(ContractRecord? contract) : IBusinessRule
{
    public bool IsBroken() => contract is null;

    public string Message => "The project has no contract on record; Maintenance can only follow a contract.";
}

public sealed class StatusChangeMustChangeStatus(ProjectStatus current, ProjectStatus target) : IBusinessRule
{
    public bool IsBroken() => current == target;

    public string Message => $"The project is already {current}.";
}

public sealed class ClosedProjectCanOnlyBeReopened(ProjectStatus current, ProjectStatus target) : IBusinessRule
{
    public bool IsBroken() => current.IsClosed() && target != ProjectStatus.Active;

    public string Message => $"The project is {current}; it can only be reopened (status Active).";
}

public sealed class OnlyMaintenanceProjectsCanComplete(Stage stage, ProjectStatus target) : IBusinessRule
{
    public bool IsBroken() => target == ProjectStatus.Completed && stage != Stage.Maintenance;

    public string Message => $"Only a project in Maintenance can be Completed; this one is in {stage}.";
}

public sealed class ConsortiumMustKeepPrimeContractor(ContractRecord? contract, Stage stage, IReadOnlyCollection<ConsortiumMember> members) : IBusinessRule
{
    public bool IsBroken() => contract is not null && stage >= Stage.Contract && members.All(m => m.OrganizationId != contract.PrimeContractorId);

    public string Message => $"The contract's prime contractor {contract?.PrimeContractorId} must stay in the consortium.";
}

public sealed class FollowOnMustNotFormACycle(Guid projectId, Guid? previousProjectId, IReadOnlyCollection<Guid> ancestorsOfPrevious) : IBusinessRule
{
    public bool IsBroken() => previousProjectId == projectId || ancestorsOfPrevious.Contains(projectId);

    public string Message => "A project cannot follow on from itself or from one of its own follow-ons.";
}

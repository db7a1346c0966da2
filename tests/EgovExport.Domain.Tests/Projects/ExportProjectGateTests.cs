namespace EgovExport.Domain.Tests.Projects;

/// <summary>The gates of Contract and Maintenance that depend on what the project already holds.</summary>
public class ExportProjectGateTests
{
    private static void MoveToContract(ExportProject project, decimal value = ContractValue, Guid? primeContractor = null) =>
        project.MoveTo(new StageMove(Stage.Contract, Contract: Contract(value, primeContractor)), By, Now);

    private static void MoveToMaintenance(ExportProject project, DateOnly acceptedOn) =>
        project.MoveTo(new StageMove(Stage.Maintenance, Maintenance: Maintenance(acceptedOn)), By, Now);

    [Fact]
    public void Moving_to_contract_requires_the_prime_contractor_to_be_a_consortium_member()
    {
        var project = AProject().In(Stage.Mou)
            .WithConsortium(Consortium((SmePartner, ConsortiumRole.Partner, 100m, true)))
            .WithFunding(ContractValue)
            .Build();

        Expect.RuleBroken("PrimeContractorMustBeConsortiumMember", () => MoveToContract(project, primeContractor: PrimeContractor));
        Assert.Equal(Stage.Mou, project.Stage);
    }

    [Fact]
    public void Moving_to_contract_requires_funding_that_covers_the_value()
    {
        var project = AProject().In(Stage.Mou).WithConsortium(DefaultConsortium()).WithFunding(600_000m, 399_999.99m).Build();

        Expect.RuleBroken("ContractMustBeCoveredByFunding", () => MoveToContract(project, value: 1_000_000m));
        Assert.Null(project.Contract);
    }

    [Fact]
    public void Funding_that_exactly_covers_the_contract_value_is_enough()
    {
        var project = AProject().In(Stage.Mou).WithConsortium(DefaultConsortium()).WithFunding(600_000m, 400_000m).Build();

        MoveToContract(project, value: 1_000_000m);

        Assert.Equal(Stage.Contract, project.Stage);
        Assert.Equal(1_000_000m, project.Contract!.Value);
    }

    [Fact]
    public void A_refused_gate_leaves_the_project_as_it_was()
    {
        var project = AProject().In(Stage.Mou).WithConsortium(DefaultConsortium()).Build();
        var (version, transitions) = (project.Version, project.Transitions.Count);

        Assert.Throws<BusinessRuleViolationException>(() => MoveToContract(project));

        Assert.Equal((Stage.Mou, 50, version, transitions), (project.Stage, project.Probability, project.Version, project.Transitions.Count));
    }

    [Fact]
    public void Moving_to_maintenance_requires_a_contract()
    {
        var project = AProject().In(Stage.Mou).Build();

        Expect.RuleBroken("MaintenanceRequiresAContract",
            () => project.MoveTo(MoveInto(Stage.Maintenance, skipReason: "Delivered under an MDB tender."), By, Now));
    }

    [Fact]
    public void Delivery_cannot_be_accepted_before_the_contract_starts()
    {
        var project = AProject().In(Stage.Contract).Build();

        Expect.Invalid("maintenance.acceptedOn", () => MoveToMaintenance(project, ContractStart.AddDays(-1)));
    }

    [Fact]
    public void Delivery_accepted_on_the_contract_start_date_is_enough()
    {
        var project = AProject().In(Stage.Contract).Build();

        MoveToMaintenance(project, ContractStart);

        Assert.Equal(Stage.Maintenance, project.Stage);
        Assert.Equal(ContractStart, project.Maintenance!.AcceptedOn);
    }
}

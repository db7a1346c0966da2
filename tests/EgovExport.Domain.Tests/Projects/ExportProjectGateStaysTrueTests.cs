namespace EgovExport.Domain.Tests.Projects;

/// <summary>Gates that must keep holding after the move that passed them.</summary>
public sealed class ExportProjectGateStaysTrueTests
{
    [Fact]
    public void Skipping_to_maintenance_rechecks_an_earlier_contract_against_todays_funding()
    {
        var project = AProject().In(Stage.Contract).Build();
        project.MoveTo(TestData.MoveBackTo(Stage.Mou), TestData.By, TestData.Later);
        project.SetFunding(TestData.Funding(1m), TestData.Later);

        Expect.RuleBroken("ContractMustBeCoveredByFunding",
            () => project.MoveTo(new StageMove(Stage.Maintenance, SkipReason: "Delivered already", Maintenance: TestData.Maintenance()), TestData.By, TestData.Later));
        Assert.Equal(Stage.Mou, project.Stage);
    }

    [Fact]
    public void Skipping_to_maintenance_rechecks_that_the_prime_contractor_is_still_a_member()
    {
        var project = AProject().In(Stage.Contract).Build();
        project.MoveTo(TestData.MoveBackTo(Stage.Mou), TestData.By, TestData.Later);
        project.SetConsortium(TestData.Consortium((TestData.SmePartner, ConsortiumRole.Prime, 50m, true)), TestData.Later);

        Expect.RuleBroken("PrimeContractorMustBeConsortiumMember",
            () => project.MoveTo(new StageMove(Stage.Maintenance, SkipReason: "Delivered already", Maintenance: TestData.Maintenance()), TestData.By, TestData.Later));
    }

    [Fact]
    public void An_edit_cannot_drop_the_last_solution_of_an_inquiry_without_areas()
    {
        var project = ExportProject.Open(Guid.CreateVersion7(), TestData.ProjectCode, TestData.Details(solutionIds: [TestData.UniPass]),
            TestData.Inquiry(areas: []), TestData.By, TestData.Now);

        Expect.Invalid("solutionIds", () => project.UpdateDetails(TestData.Details(solutionIds: []), null, TestData.Later));
        Assert.Single(project.Solutions);
    }

    [Fact]
    public void A_competing_country_goes_only_with_a_competitor_loss()
    {
        var project = AProject().Build();

        Expect.Invalid("lostToCountryCode",
            () => project.ChangeStatus(ProjectStatus.Lost, "The budget was cut.", LossReason.Budget, "JP", TestData.By, TestData.Later));
        project.ChangeStatus(ProjectStatus.Lost, "The tender went to another bidder.", LossReason.Competitor, "JP", TestData.By, TestData.Later);
        Assert.Equal("JP", project.StatusChanges[^1].LostToCountryCode);
    }
}

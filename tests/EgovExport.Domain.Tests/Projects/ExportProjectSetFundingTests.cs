namespace EgovExport.Domain.Tests.Projects;

public class ExportProjectSetFundingTests
{
    [Fact]
    public void The_funding_total_is_the_sum_of_the_sources()
    {
        var project = AProject().Build();

        project.SetFunding(Funding(250_000m, 125_000.50m, 10_000m), Now);

        Assert.Equal(385_000.50m, project.FundingTotal);
    }

    [Fact]
    public void Before_a_contract_the_funding_need_not_cover_anything_yet()
    {
        var project = AProject().In(Stage.Mou).Build();

        project.SetFunding(Funding(1m), Now);

        Assert.Equal(1m, project.FundingTotal);
    }

    [Fact]
    public void After_a_contract_funding_that_no_longer_covers_it_is_refused()
    {
        var project = AProject().In(Stage.Contract).WithFunding(ContractValue).Build();

        Expect.RuleBroken("ContractMustBeCoveredByFunding", () => project.SetFunding(Funding(500_000m, 499_999m), Now));
        Assert.Equal(ContractValue, project.FundingTotal);
    }

    [Fact]
    public void After_a_contract_funding_that_still_covers_it_is_accepted()
    {
        var project = AProject().In(Stage.Maintenance).WithFunding(ContractValue).Build();
        var version = project.Version;

        project.SetFunding(Funding(700_000m, 300_000m, 50_000m), Now);

        Assert.Equal(1_050_000m, project.FundingTotal);
        Assert.Equal(version + 1, project.Version);
    }
}

namespace EgovExport.Domain.Tests.Projects;

public class ExportProjectSetConsortiumTests
{
    private static (Guid, ConsortiumRole, decimal, bool) Prime(decimal share) => (PrimeContractor, ConsortiumRole.Prime, share, false);

    private static (Guid, ConsortiumRole, decimal, bool) Sme(Guid organization, decimal share) => (organization, ConsortiumRole.Partner, share, true);

    [Fact]
    public void Shares_may_add_up_to_exactly_100()
    {
        var project = AProject().Build();

        project.SetConsortium(Consortium(Prime(60m), Sme(SmePartner, 40m)), Now);

        Assert.Equal(100m, project.Consortium.Sum(m => m.SharePercent));
    }

    [Fact]
    public void Shares_adding_up_to_more_than_100_are_refused()
    {
        var project = AProject().Build();

        Expect.Invalid("members", () => project.SetConsortium(Consortium(Prime(60m), Sme(SmePartner, 40.01m)), Now));
        Assert.Empty(project.Consortium);
    }

    [Fact]
    public void An_organization_joins_a_consortium_only_once()
    {
        var project = AProject().Build();

        Expect.Invalid("members[1].organizationId", () => project.SetConsortium(Consortium(Sme(SmePartner, 30m), Sme(SmePartner, 20m)), Now));
    }

    [Fact]
    public void A_consortium_has_at_most_one_prime()
    {
        var project = AProject().Build();
        var twoPrimes = Consortium(Prime(50m), (SmePartner, ConsortiumRole.Prime, 20m, true));

        Expect.Invalid("members", () => project.SetConsortium(twoPrimes, Now));
    }

    [Fact]
    public void The_sme_share_is_the_sum_of_the_shares_held_by_smes()
    {
        var project = AProject().Build();

        project.SetConsortium(Consortium(Prime(50m), Sme(SmePartner, 30m), Sme(OtherSme, 12.5m)), Now);

        Assert.Equal(42.5m, project.SmeSharePercent);
    }

    [Fact]
    public void Setting_the_consortium_replaces_it_and_increases_the_version()
    {
        var project = AProject().WithConsortium(Consortium(Prime(60m), Sme(SmePartner, 40m))).Build();
        var version = project.Version;

        project.SetConsortium(Consortium(Sme(OtherSme, 25m)), Now);

        Assert.Equal(OtherSme, Assert.Single(project.Consortium).OrganizationId);
        Assert.Equal(version + 1, project.Version);
    }

    [Fact]
    public void After_a_contract_the_prime_contractor_must_stay_in_the_consortium()
    {
        var project = AProject().In(Stage.Contract).Build();

        Expect.RuleBroken("ConsortiumMustKeepPrimeContractor", () => project.SetConsortium(Consortium(Sme(SmePartner, 100m)), Now));
        Assert.Contains(project.Consortium, m => m.OrganizationId == PrimeContractor);
    }

    [Fact]
    public void After_a_contract_the_consortium_can_change_around_the_prime_contractor()
    {
        var project = AProject().In(Stage.Contract).Build();

        project.SetConsortium(Consortium(Prime(70m), Sme(OtherSme, 30m)), Now);

        Assert.Equal(30m, project.SmeSharePercent);
    }
}

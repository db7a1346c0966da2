namespace EgovExport.Domain.Tests.Projects;

public class ConsortiumMemberTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.01)]
    public void A_share_is_greater_than_zero_and_at_most_100(double share)
    {
        Expect.Invalid("members[1].sharePercent", () => Member(SmePartner, ConsortiumRole.Partner, (decimal)share, index: 1));
    }

    [Fact]
    public void A_single_member_may_hold_the_whole_work()
    {
        Assert.Equal(100m, Member(PrimeContractor, ConsortiumRole.Prime, 100m).SharePercent);
    }

    [Fact]
    public void A_member_must_have_a_known_role()
    {
        Expect.Invalid("members[2].role", () => Member(PrimeContractor, (ConsortiumRole)9, 10m, index: 2));
    }
}

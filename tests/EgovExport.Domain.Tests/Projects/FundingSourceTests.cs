namespace EgovExport.Domain.Tests.Projects;

public class FundingSourceTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_funding_amount_is_greater_than_zero(int amount)
    {
        Expect.Invalid("sources[2].amount", () => FundingSource.Create(FundingSourceKind.WorldBank, amount, index: 2));
    }

    [Fact]
    public void A_funding_source_must_be_a_known_kind()
    {
        Expect.Invalid("sources[0].source", () => FundingSource.Create((FundingSourceKind)42, 10m, index: 0));
    }
}

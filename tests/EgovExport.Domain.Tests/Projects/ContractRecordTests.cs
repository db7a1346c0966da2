namespace EgovExport.Domain.Tests.Projects;

public class ContractRecordTests
{
    private static ContractRecord Signed(string currency = "USD", DateOnly? endOn = null) =>
        ContractRecord.Create("C-1", Today, 500_000m, currency, PrimeContractor, ContractStart, endOn ?? ContractStart.AddYears(1));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_contract_is_worth_more_than_zero(int value)
    {
        Expect.Invalid("contract.value", () => Contract(value: value));
    }

    [Theory]
    [InlineData("US")]
    [InlineData("U5D")]
    [InlineData("USDT")]
    [InlineData("")]
    public void The_contract_currency_is_a_three_letter_code(string currency)
    {
        Expect.Invalid("contract.currency", () => Signed(currency: currency));
    }

    [Fact]
    public void The_contract_currency_is_upper_cased()
    {
        Assert.Equal("KRW", Signed(currency: "krw").Currency);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void A_contract_ends_after_it_starts(int daysAfterStart)
    {
        Expect.Invalid("contract.endOn", () => Signed(endOn: ContractStart.AddDays(daysAfterStart)));
    }
}

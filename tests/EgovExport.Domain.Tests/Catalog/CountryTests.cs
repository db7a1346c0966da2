using EgovExport.Domain.Catalog;

namespace EgovExport.Domain.Tests.Catalog;

public class CountryTests
{
    private static Country Create(string code = "EC", string alpha3 = "ECU") =>
        Country.Create(code, alpha3, "Ecuador", "에콰도르", Region.LatinAmericaCaribbean);

    [Fact]
    public void Country_codes_are_upper_cased()
    {
        var country = Create(code: "kr", alpha3: "kor");

        Assert.Equal(("KR", "KOR"), (country.Code, country.Alpha3));
    }

    [Theory]
    [InlineData("KOR")]
    [InlineData("K")]
    [InlineData("K1")]
    [InlineData(" ")]
    public void The_country_code_has_two_letters(string code)
    {
        Expect.Invalid("code", () => Create(code: code));
    }

    [Theory]
    [InlineData("KO")]
    [InlineData("K0R")]
    [InlineData("KORE")]
    public void The_alpha3_code_has_three_letters(string alpha3)
    {
        Expect.Invalid("alpha3", () => Create(alpha3: alpha3));
    }

    [Fact]
    public void Updating_a_country_increases_its_version()
    {
        var country = Create();

        country.Update("ecu", "Republic of Ecuador", "에콰도르 공화국", Region.LatinAmericaCaribbean);

        Assert.Equal(2, country.Version);
        Assert.Equal("Republic of Ecuador", country.Name);
    }
}

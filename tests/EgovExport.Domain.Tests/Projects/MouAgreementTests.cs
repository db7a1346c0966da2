namespace EgovExport.Domain.Tests.Projects;

public class MouAgreementTests
{
    private static MouAgreement Signed(string korean = "Minister", string partner = "Director General", string scope = "Customs") =>
        MouAgreement.Create(korean, partner, Today, scope, Today.AddYears(3), Today);

    [Fact]
    public void An_mou_signed_in_the_future_is_refused()
    {
        Expect.Invalid("mou.signedOn", () => Mou(signedOn: Today.AddDays(1)));
    }

    [Fact]
    public void An_mou_signed_today_is_accepted()
    {
        Assert.Equal(Today, Mou(signedOn: Today).SignedOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void An_mou_expires_after_it_was_signed(int daysAfterSigning)
    {
        var signedOn = new DateOnly(2026, 3, 1);

        Expect.Invalid("mou.expiresOn", () => Mou(signedOn, expiresOn: signedOn.AddDays(daysAfterSigning)));
    }

    [Fact]
    public void An_mou_needs_the_korean_signatory()
    {
        Expect.Invalid("mou.koreanSignatory", () => Signed(korean: " "));
    }

    [Fact]
    public void An_mou_needs_the_partner_signatory()
    {
        Expect.Invalid("mou.partnerSignatory", () => Signed(partner: ""));
    }

    [Fact]
    public void An_mou_needs_a_scope()
    {
        Expect.Invalid("mou.scope", () => Signed(scope: " "));
    }
}

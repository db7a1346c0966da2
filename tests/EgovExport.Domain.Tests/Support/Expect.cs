namespace EgovExport.Domain.Tests.Support;

/// <summary>The two ways the domain refuses something, asserted by what the API will report.</summary>
internal static class Expect
{
    /// <summary>A rule that depends on the project's state is broken (409), named <paramref name="ruleName"/>.</summary>
    public static BusinessRuleViolationException RuleBroken(string ruleName, Action act)
    {
        var exception = Assert.Throws<BusinessRuleViolationException>(act);
        Assert.Equal(ruleName, exception.RuleName);
        return exception;
    }

    /// <summary>A value is invalid in itself (400), reported at the JSON path <paramref name="field"/>.</summary>
    public static DomainValidationException Invalid(string field, Action act)
    {
        var exception = Assert.Throws<DomainValidationException>(act);
        Assert.Equal(field, exception.Field);
        return exception;
    }
}

namespace EgovExport.Domain.Common;

/// <summary>Base of every exception the domain throws on purpose.</summary>
public abstract class DomainException(string message) : Exception(message);

/// <summary>A rule that depends on the aggregate's state is broken (HTTP 409).</summary>
public sealed class BusinessRuleViolationException(IBusinessRule rule) : DomainException(rule.Message)
{
    public string RuleName { get; } = rule.Name;
}

/// <summary>
/// A value given to the domain is invalid in itself (HTTP 400). <see cref="Field"/> is the JSON path
/// of the offending value as the API receives it, e.g. <c>consulting.plannedRounds</c>.
/// </summary>
public sealed class DomainValidationException(string field, string message) : DomainException(message)
{
    public string Field { get; } = field;
}

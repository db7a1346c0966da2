namespace EgovExport.Domain.Common;

/// <summary>
/// An aggregate root: the unit that is loaded, changed and saved as a whole.
/// <see cref="Version"/> goes up by one with every change; the API exposes it as the ETag and the
/// database uses it as the optimistic concurrency token, so a stale write can never overwrite a newer one.
/// </summary>
public abstract class AggregateRoot
{
    public long Version { get; private set; } = 1;

    /// <summary>Marks the aggregate as changed. Every mutating method calls this once.</summary>
    protected void Touch() => Version++;

    /// <summary>Throws <see cref="BusinessRuleViolationException"/> when <paramref name="rule"/> is broken.</summary>
    protected static void CheckRule(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleViolationException(rule);
        }
    }
}

namespace EgovExport.Domain.Common;

/// <summary>
/// An aggregate root: the unit that is loaded, changed and saved as a whole.
/// <see cref="Version"/> goes up by one with every change; the API exposes it as the ETag and the
/// database uses it as the optimistic concurrency token, so a stale write can never overwrite a newer one.
/// Its guarded methods raise <see cref="DomainEvent"/>s, which stay pending until a save commits them.
/// </summary>
public abstract class AggregateRoot
{
    // A field, not a property: neither EF Core's model nor the audit trail's JSON picks it up.
    private readonly List<DomainEvent> _pendingEvents = [];

    public long Version { get; private set; } = 1;

    /// <summary>The events raised since the last successful save, oldest first.</summary>
    public IReadOnlyList<DomainEvent> PendingEvents() => _pendingEvents;

    /// <summary>Called by the save that committed <see cref="PendingEvents"/>.</summary>
    public void ClearPendingEvents() => _pendingEvents.Clear();

    /// <summary>Marks the aggregate as changed. Every mutating method calls this once.</summary>
    protected void Touch() => Version++;

    protected void Raise(DomainEvent domainEvent) => _pendingEvents.Add(domainEvent);

    /// <summary>Replaces the last pending event (to fold several edits of one request into one event).</summary>
    protected void ReplaceLastPending(DomainEvent domainEvent) => _pendingEvents[^1] = domainEvent;

    /// <summary>Throws <see cref="BusinessRuleViolationException"/> when <paramref name="rule"/> is broken.</summary>
    protected static void CheckRule(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleViolationException(rule);
        }
    }
}

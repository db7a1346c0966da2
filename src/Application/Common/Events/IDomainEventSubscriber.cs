using EgovExport.Domain.Common;

namespace EgovExport.Application.Common.Events;

/// <summary>
/// Reacts in-process to a committed <typeparamref name="TEvent"/>. Handlers run after the save (or the
/// transaction around it) has committed, never before, in the request's own scope, so what they read is
/// the committed state. A handler that fails is logged and does not undo the change or stop the other
/// handlers; the event stays in the outbox either way, for the delivery worker.
/// </summary>
/// <remarks>Every implementation in the Application and Infrastructure assemblies is registered.</remarks>
public interface IDomainEventSubscriber<in TEvent>
    where TEvent : DomainEvent
{
    ValueTask HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

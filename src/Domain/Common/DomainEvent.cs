using System.Reflection;

namespace EgovExport.Domain.Common;

/// <summary>
/// A fact about an aggregate that others may react to: raised by the aggregate's guarded method that
/// made it true, written to the outbox by the save that commits the change, and handed to the
/// in-process handlers only after that commit. An event carries what happened, not the whole record:
/// a reader that needs more reads the record.
/// </summary>
public abstract record DomainEvent
{
    /// <summary>The event's stable name (<c>project.moved</c>), from its <see cref="EventTypeAttribute"/>.</summary>
    public static string TypeName(Type eventType) =>
        eventType.GetCustomAttribute<EventTypeAttribute>()?.Name
        ?? throw new InvalidOperationException($"{eventType.Name} has no [EventType] name.");
}

/// <summary>
/// The stable name of an event type, as subscribers see it (<c>project.moved</c>): renaming the C# type
/// must not rename the event.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

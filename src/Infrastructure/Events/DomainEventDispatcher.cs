using System.Collections.Concurrent;
using System.Reflection;
using EgovExport.Application.Common.Events;
using EgovExport.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EgovExport.Infrastructure.Events;

/// <summary>
/// Hands committed events to every <see cref="IDomainEventSubscriber{TEvent}"/> registered for their type,
/// in the order they were raised. A failing handler is logged and the others still run: the change is
/// committed, and the outbox keeps the event for the delivery worker.
/// </summary>
internal sealed partial class DomainEventDispatcher(IServiceProvider services, ILogger<DomainEventDispatcher> logger)
{
    private static readonly ConcurrentDictionary<Type, (Type HandlerType, Func<object, DomainEvent, CancellationToken, ValueTask> Invoke)> Handlers = new();

    private static readonly MethodInfo InvokeMethod = typeof(DomainEventDispatcher).GetMethod(nameof(Invoke), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <remarks>
    /// Not cancelled with the request: the change is committed whether or not its caller is still there,
    /// so its reactions run to the end.
    /// </remarks>
    public async Task DispatchAsync(IReadOnlyList<DomainEvent> events)
    {
        foreach (var domainEvent in events)
        {
            var (handlerType, invoke) = Handlers.GetOrAdd(domainEvent.GetType(), static type => (
                typeof(IDomainEventSubscriber<>).MakeGenericType(type),
                InvokeMethod.MakeGenericMethod(type).CreateDelegate<Func<object, DomainEvent, CancellationToken, ValueTask>>()));
            foreach (var handler in services.GetServices(handlerType))
            {
                try
                {
                    await invoke(handler!, domainEvent, CancellationToken.None);
                }
                catch (Exception ex)
                {
                    HandlerFailed(ex, handler!.GetType().Name, DomainEvent.TypeName(domainEvent.GetType()));
                }
            }
        }
    }

    /// <summary>Every handler class in <paramref name="assemblies"/>, scoped (it may use the request's stores).</summary>
    public static void RegisterHandlers(IServiceCollection services, params Assembly[] assemblies)
    {
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventSubscriber<>)))
            {
                services.AddScoped(contract, type);
            }
        }
    }

    private static ValueTask Invoke<TEvent>(object handler, DomainEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : DomainEvent =>
        ((IDomainEventSubscriber<TEvent>)handler).HandleAsync((TEvent)domainEvent, cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event handler {Handler} failed on {EventType}; the change stays committed and the event stays in the outbox")]
    private partial void HandlerFailed(Exception exception, string handler, string eventType);
}

using System.Text.Json;
using System.Text.Json.Serialization;
using EgovExport.Domain.Common;
using EgovExport.Infrastructure.Auditing;
using EgovExport.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EgovExport.Infrastructure.Events;

/// <summary>
/// Writes the events that the saved aggregates raised into <see cref="OutboxMessage"/> rows of the same
/// save, so the change, its audit row and its events commit or roll back together. After the commit it
/// holds the events for the in-process handlers (<see cref="DomainEventDispatcher"/>); a save inside an
/// explicit transaction hands them over only when that transaction commits.
/// </summary>
internal sealed class EventOutbox
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly List<DomainEvent> _committed = [];

    public async Task<int> SaveAsync(EgovExportDbContext db, AuditScope? scope, DateTime at, Func<Task<int>> save)
    {
        var pending = Record(db, scope, at);
        int written;
        try
        {
            written = await save();
        }
        catch
        {
            Discard(db, pending);
            throw;
        }

        Settle(pending);
        return written;
    }

    /// <remarks>The same steps as <see cref="SaveAsync"/>: with a synchronous save, that completes synchronously.</remarks>
    public int Save(EgovExportDbContext db, AuditScope? scope, DateTime at, Func<int> save) =>
        SaveAsync(db, scope, at, () => Task.FromResult(save())).GetAwaiter().GetResult();

    /// <summary>The committed events not yet handed to the handlers, oldest first; empties the list.</summary>
    public IReadOnlyList<DomainEvent> TakeCommitted()
    {
        var events = _committed.ToList();
        _committed.Clear();
        return events;
    }

    /// <summary>The transaction they were saved in rolled back: they never happened.</summary>
    public void ForgetCommitted() => _committed.Clear();

    private static List<(AggregateRoot Root, OutboxMessage Message)> Record(EgovExportDbContext db, AuditScope? scope, DateTime at)
    {
        var actor = scope?.Actor;
        var pending = new List<(AggregateRoot, OutboxMessage)>();
        foreach (var entry in db.ChangeTracker.Entries<AggregateRoot>().ToList())
        {
            var events = entry.Entity.PendingEvents();
            if (entry.State == EntityState.Detached || events.Count == 0)
            {
                continue;
            }

            var (type, _) = RecordNames.Describe(entry.Entity);
            var id = RecordNames.Id(entry);
            for (var i = 0; i < events.Count; i++)
            {
                var message = OutboxMessage.Pending(
                    at, DomainEvent.TypeName(events[i].GetType()), type, id, entry.Entity.Version, i,
                    JsonSerializer.Serialize(events[i], events[i].GetType(), Json), actor?.Id, scope?.RequestId);
                db.OutboxMessages.Add(message);
                pending.Add((entry.Entity, message));
            }
        }

        return pending;
    }

    /// <summary>Saved: the aggregates' events are committed (or will be with the open transaction).</summary>
    private void Settle(List<(AggregateRoot Root, OutboxMessage Message)> pending)
    {
        foreach (var root in pending.Select(p => p.Root).Distinct())
        {
            _committed.AddRange(root.PendingEvents());
            root.ClearPendingEvents();
        }
    }

    /// <summary>A failed save wrote nothing: its rows must not ride along with the next attempt.</summary>
    private static void Discard(EgovExportDbContext db, List<(AggregateRoot Root, OutboxMessage Message)> pending)
    {
        foreach (var (_, message) in pending)
        {
            db.Entry(message).State = EntityState.Detached;
        }
    }
}

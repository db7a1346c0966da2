using System.Data.Common;
using EgovExport.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EgovExport.Infrastructure.Events;

/// <summary>
/// For saves inside an explicit transaction: their events reach the handlers when that transaction
/// commits, and never when it rolls back. (A plain save commits by itself and dispatches at once.)
/// </summary>
internal sealed class CommittedEventsInterceptor : DbTransactionInterceptor
{
    public static readonly CommittedEventsInterceptor Instance = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is EgovExportDbContext db)
        {
            db.DispatchCommittedEventsAsync(afterCommit: true).GetAwaiter().GetResult();
        }
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is EgovExportDbContext db)
        {
            await db.DispatchCommittedEventsAsync(afterCommit: true);
        }
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as EgovExportDbContext)?.ForgetCommittedEvents();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as EgovExportDbContext)?.ForgetCommittedEvents();
        return Task.CompletedTask;
    }
}

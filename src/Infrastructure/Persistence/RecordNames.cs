using System.Globalization;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Common;
using EgovExport.Domain.Projects;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace EgovExport.Infrastructure.Persistence;

/// <summary>How the audit trail and the outbox name a record: its type (<c>Project</c>), id and label.</summary>
internal static class RecordNames
{
    public static (string Type, string? Label) Describe(AggregateRoot root) => root switch
    {
        ExportProject p => ("Project", p.Code),
        Organization o => ("Organization", o.Name),
        Country c => ("Country", c.Code),
        Solution s => ("Solution", s.Code),
        _ => (root.GetType().Name, null),
    };

    /// <summary>The entry's primary key as text (parts joined by <c>/</c>).</summary>
    public static string Id(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
}

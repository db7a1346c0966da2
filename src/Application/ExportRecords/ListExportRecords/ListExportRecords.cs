using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.ExportRecords.ListExportRecords;

/// <summary>The official export value and target per year (US dollars), oldest first.</summary>
[Requires(Permission.ReadCatalog)]
public sealed record ListExportRecordsQuery : IQuery<IReadOnlyList<ExportRecordDto>>;

public sealed record ExportRecordDto(int Year, decimal? OfficialValueUsd, decimal? TargetValueUsd);

public sealed class ListExportRecordsHandler(IReadStore store) : IQueryHandler<ListExportRecordsQuery, IReadOnlyList<ExportRecordDto>>
{
    public async ValueTask<IReadOnlyList<ExportRecordDto>> Handle(ListExportRecordsQuery query, CancellationToken cancellationToken) =>
        await store.ToListAsync(
            store.ExportRecords.OrderBy(r => r.Year).Select(r => new ExportRecordDto(r.Year, r.OfficialValueUsd, r.TargetValueUsd)),
            cancellationToken);
}

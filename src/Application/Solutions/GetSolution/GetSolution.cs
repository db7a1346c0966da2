using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Solutions.Common;
using EgovExport.Domain.Access;
using Mediator;

namespace EgovExport.Application.Solutions.GetSolution;

[Requires(Permission.ReadCatalog)]
public sealed record GetSolutionQuery(Guid Id) : IQuery<SolutionDto>;

public sealed class GetSolutionHandler(IReadStore store) : IQueryHandler<GetSolutionQuery, SolutionDto>
{
    public async ValueTask<SolutionDto> Handle(GetSolutionQuery query, CancellationToken cancellationToken) =>
        await store.FirstOrDefaultAsync(store.Solutions.Where(s => s.Id == query.Id).Select(SolutionDto.Projection), cancellationToken)
        ?? throw new NotFoundException("Solution", query.Id);
}

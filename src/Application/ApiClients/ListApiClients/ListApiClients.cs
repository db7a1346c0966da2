using EgovExport.Application.ApiClients.Common;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.ApiClients.ListApiClients;

[Requires(Permission.Administer)]
public sealed record ListApiClientsQuery(int Page = 1, int PageSize = PagingLimits.DefaultPageSize) : IQuery<PagedResult<ApiClientDto>>;

public sealed class ListApiClientsValidator : AbstractValidator<ListApiClientsQuery>
{
    public ListApiClientsValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, PagingLimits.MaxPageSize);
    }
}

public sealed class ListApiClientsHandler(IApiClientRegistry registry) : IQueryHandler<ListApiClientsQuery, PagedResult<ApiClientDto>>
{
    public async ValueTask<PagedResult<ApiClientDto>> Handle(ListApiClientsQuery query, CancellationToken cancellationToken) =>
        await registry.ListAsync(query.Page, query.PageSize, cancellationToken);
}

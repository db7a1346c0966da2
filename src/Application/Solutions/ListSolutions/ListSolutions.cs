using System.Linq.Expressions;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Solutions.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Solutions.ListSolutions;

/// <summary>The solution catalog, filtered by category and by text in the code or either name.</summary>
[Requires(Permission.ReadCatalog)]
public sealed record ListSolutionsQuery(int Page = 1, int PageSize = PagingLimits.DefaultPageSize, string? Sort = null, SolutionCategory? Category = null, string? Q = null)
    : IQuery<PagedResult<SolutionDto>>, ICatalogListQuery;

public sealed class ListSolutionsValidator : AbstractValidator<ListSolutionsQuery>
{
    public ListSolutionsValidator() => Include(ListSolutionsHandler.List.Validator<ListSolutionsQuery>());
}

public sealed class ListSolutionsHandler(IReadStore store) : IQueryHandler<ListSolutionsQuery, PagedResult<SolutionDto>>
{
    public static readonly CatalogList<Solution, Guid, SolutionDto> List = new(
        new Dictionary<string, Expression<Func<Solution, object?>>>
        {
            ["code"] = s => s.Code,
            ["name"] = s => s.Name,
            ["category"] = s => s.Category,
        },
        defaultSort: "code",
        tieBreaker: s => s.Id,
        SolutionDto.Projection,
        search: q =>
        {
            var upper = q.ToUpperInvariant();
            return s => s.Code.Contains(upper) || s.Name.Contains(q) || (s.NameKo != null && s.NameKo.Contains(q));
        });

    public async ValueTask<PagedResult<SolutionDto>> Handle(ListSolutionsQuery query, CancellationToken cancellationToken)
    {
        var solutions = store.Solutions;
        if (query.Category is { } category)
        {
            solutions = solutions.Where(s => s.Category == category);
        }

        return await List.PageAsync(store, solutions, query, cancellationToken);
    }
}

using System.Linq.Expressions;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Solutions;

/// <summary>The solution catalog, filtered by category and by text in the code or either name.</summary>
[Requires(Permission.ReadCatalog)]
public sealed record ListSolutionsQuery(int Page = 1, int PageSize = PagingLimits.DefaultPageSize, string? Sort = null, SolutionCategory? Category = null, string? Q = null)
    : IQuery<PagedResult<SolutionDto>>, IPagedQuery;

public sealed class ListSolutionsValidator : AbstractValidator<ListSolutionsQuery>
{
    public static readonly IReadOnlyDictionary<string, Expression<Func<Solution, object?>>> SortFields =
        new Dictionary<string, Expression<Func<Solution, object?>>>
        {
            ["code"] = s => s.Code,
            ["name"] = s => s.Name,
            ["category"] = s => s.Category,
        };

    public ListSolutionsValidator()
    {
        Include(new PagedQueryValidator<ListSolutionsQuery>(SortFields.Keys.ToList()));
        RuleFor(q => q.Q).MaximumLength(100);
    }
}

public sealed class ListSolutionsHandler(IReadStore store) : IQueryHandler<ListSolutionsQuery, PagedResult<SolutionDto>>
{
    public async ValueTask<PagedResult<SolutionDto>> Handle(ListSolutionsQuery query, CancellationToken cancellationToken)
    {
        var solutions = store.Solutions;
        if (query.Category is { } category)
        {
            solutions = solutions.Where(s => s.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            var upper = q.ToUpperInvariant();
            solutions = solutions.Where(s => s.Code.Contains(upper) || s.Name.Contains(q) || (s.NameKo != null && s.NameKo.Contains(q)));
        }

        return await store.ToPageAsync(solutions, query, ListSolutionsValidator.SortFields, "code", s => s.Id, SolutionDto.Projection, cancellationToken);
    }
}

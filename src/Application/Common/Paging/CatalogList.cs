using System.Linq.Expressions;
using EgovExport.Application.Common.Abstractions;
using FluentValidation;

namespace EgovExport.Application.Common.Paging;

/// <summary>A list query over reference data: paged, sorted, and narrowed by a search text (<c>q</c>).</summary>
public interface ICatalogListQuery : IPagedQuery
{
    string? Q { get; }
}

/// <summary>
/// How one catalog (countries, organizations, solutions) is listed: the fields it may be sorted by, its
/// default sort, a unique tie-breaker, the projection to its DTO and the rows a search text (trimmed, never
/// empty) matches. A list's validator and handler both take these from here, so what is left in a list's
/// use case is its own filters.
/// </summary>
public sealed class CatalogList<TEntity, TKey, TDto>(
    IReadOnlyDictionary<string, Expression<Func<TEntity, object?>>> sortFields,
    string defaultSort,
    Expression<Func<TEntity, TKey>> tieBreaker,
    Expression<Func<TEntity, TDto>> projection,
    Func<string, Expression<Func<TEntity, bool>>> search)
{
    /// <summary>The greatest length of the search text.</summary>
    public const int MaxSearchLength = 100;

    public IReadOnlyDictionary<string, Expression<Func<TEntity, object?>>> SortFields { get; } = sortFields;

    /// <summary>The rules every catalog list shares: page, page size, a sort among <see cref="SortFields"/> and the search text's length.</summary>
    public IValidator<TQuery> Validator<TQuery>()
        where TQuery : ICatalogListQuery
    {
        var validator = new InlineValidator<TQuery>();
        validator.Include(new PagedQueryValidator<TQuery>(SortFields.Keys.ToList()));
        validator.RuleFor(q => q.Q).MaximumLength(MaxSearchLength);
        return validator;
    }

    /// <summary>
    /// Narrows the filtered rows by the query's search text, when it has one, then counts them and reads the
    /// query's page, sorted and projected in the database: two statements.
    /// </summary>
    public Task<PagedResult<TDto>> PageAsync(IReadStore store, IQueryable<TEntity> filtered, ICatalogListQuery query, CancellationToken cancellationToken)
    {
        var rows = string.IsNullOrWhiteSpace(query.Q) ? filtered : filtered.Where(search(query.Q.Trim()));
        return store.ToPageAsync(rows, query, SortFields, defaultSort, tieBreaker, projection, cancellationToken);
    }
}

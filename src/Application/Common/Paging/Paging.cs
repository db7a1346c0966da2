using System.Linq.Expressions;
using EgovExport.Application.Common.Abstractions;
using FluentValidation;

namespace EgovExport.Application.Common.Paging;

/// <summary>A page of a list: <c>{ items, page, pageSize, totalCount }</c>.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

/// <summary>Implemented by every list query: page, page size and sort.</summary>
public interface IPagedQuery
{
    int Page { get; }

    int PageSize { get; }

    /// <summary>A field name, with a leading '-' for descending (e.g. <c>-estimatedValueUsd</c>).</summary>
    string? Sort { get; }
}

public static class PagingLimits
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    /// <summary>
    /// The deepest row a list may reach by page number. Deeper pages would make the database scan and
    /// discard ever more rows (OFFSET); narrow the filters instead.
    /// </summary>
    public const int MaxDepth = 10_000;
}

/// <summary>Shared rules for <see cref="IPagedQuery"/>, given the names the list may be sorted by.</summary>
public sealed class PagedQueryValidator<T> : AbstractValidator<T> where T : IPagedQuery
{
    public PagedQueryValidator(IReadOnlyCollection<string> sortFields)
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, PagingLimits.MaxPageSize);
        RuleFor(q => q.Page)
            .Must((q, page) => (long)page * q.PageSize <= PagingLimits.MaxDepth)
            .When(q => q.Page >= 1 && q.PageSize is >= 1 and <= PagingLimits.MaxPageSize)
            .WithMessage(q => $"pages reach at most {PagingLimits.MaxDepth} rows deep: with pageSize {q.PageSize} the last page is {PagingLimits.MaxDepth / q.PageSize}. Narrow the filters instead.");
        RuleFor(q => q.Sort)
            .Must(sort => SortSpec.TryParse(sort!, out var spec) && sortFields.Contains(spec.Field, StringComparer.OrdinalIgnoreCase))
            .When(q => !string.IsNullOrEmpty(q.Sort))
            .WithMessage($"must be one of {string.Join(", ", sortFields)}, with a leading '-' (or ':desc') for descending.");
    }
}

/// <summary>A sort as clients write it: <c>field</c>, <c>-field</c>, <c>field:asc</c> or <c>field:desc</c>.</summary>
public readonly record struct SortSpec(string Field, bool Descending)
{
    public static bool TryParse(string text, out SortSpec spec)
    {
        text = text.Trim();
        var descending = text.StartsWith('-');
        var field = text.TrimStart('-', '+');
        var colon = field.IndexOf(':');
        if (colon >= 0)
        {
            var direction = field[(colon + 1)..].ToLowerInvariant();
            field = field[..colon];
            if (descending || direction is not ("asc" or "desc"))
            {
                spec = default;
                return false;
            }

            descending = direction == "desc";
        }

        spec = new SortSpec(field, descending);
        return field.Length > 0;
    }
}

/// <summary>Applies a validated sort: a field from a map of allowed keys, then a unique tie-breaker.</summary>
public static class Sorting
{
    public static IOrderedQueryable<T> SortBy<T>(
        this IQueryable<T> query,
        string? sort,
        IReadOnlyDictionary<string, Expression<Func<T, object?>>> fields,
        string defaultSort)
    {
        // The query's validator has refused any other sort already.
        if (!SortSpec.TryParse(string.IsNullOrEmpty(sort) ? defaultSort : sort, out var spec))
        {
            throw new ArgumentException($"'{sort}' is not a sort; validate it first.", nameof(sort));
        }

        var key = fields.First(f => string.Equals(f.Key, spec.Field, StringComparison.OrdinalIgnoreCase)).Value;
        return spec.Descending ? query.OrderByDescending(key) : query.OrderBy(key);
    }

    public static IQueryable<T> PageOf<T>(this IQueryable<T> query, IPagedQuery paging) =>
        query.Skip((paging.Page - 1) * paging.PageSize).Take(paging.PageSize);

    /// <summary>
    /// Counts the filtered rows and reads the requested page, sorted and projected in the database:
    /// two statements.
    /// </summary>
    public static async Task<PagedResult<TDto>> ToPageAsync<T, TKey, TDto>(
        this IReadStore store,
        IQueryable<T> filtered,
        IPagedQuery paging,
        IReadOnlyDictionary<string, Expression<Func<T, object?>>> sortFields,
        string defaultSort,
        Expression<Func<T, TKey>> tieBreaker,
        Expression<Func<T, TDto>> projection,
        CancellationToken cancellationToken)
    {
        var total = await store.CountAsync(filtered, cancellationToken);
        var page = filtered.SortBy(paging.Sort, sortFields, defaultSort).ThenBy(tieBreaker).PageOf(paging).Select(projection);
        return new PagedResult<TDto>(await store.ToListAsync(page, cancellationToken), paging.Page, paging.PageSize, total);
    }
}

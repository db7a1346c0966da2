using System.Linq.Expressions;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Organizations;

/// <summary>Organizations, filtered by kind, country, size and text in either name.</summary>
[Requires(Permission.ReadCatalog)]
public sealed record ListOrganizationsQuery(
    int Page = 1, int PageSize = PagingLimits.DefaultPageSize, string? Sort = null,
    OrganizationKind? Kind = null, string? CountryCode = null, CompanySize? Size = null, string? Q = null)
    : IQuery<PagedResult<OrganizationDto>>, IPagedQuery;

public sealed class ListOrganizationsValidator : AbstractValidator<ListOrganizationsQuery>
{
    public static readonly IReadOnlyDictionary<string, Expression<Func<Organization, object?>>> SortFields =
        new Dictionary<string, Expression<Func<Organization, object?>>>
        {
            ["name"] = o => o.Name,
            ["kind"] = o => o.Kind,
            ["countryCode"] = o => o.CountryCode,
        };

    public ListOrganizationsValidator()
    {
        Include(new PagedQueryValidator<ListOrganizationsQuery>(SortFields.Keys.ToList()));
        RuleFor(q => q.Q).MaximumLength(100);
        RuleFor(q => q.CountryCode).Length(2);
    }
}

public sealed class ListOrganizationsHandler(IReadStore store) : IQueryHandler<ListOrganizationsQuery, PagedResult<OrganizationDto>>
{
    public async ValueTask<PagedResult<OrganizationDto>> Handle(ListOrganizationsQuery query, CancellationToken cancellationToken)
    {
        var organizations = store.Organizations;
        if (query.Kind is { } kind)
        {
            organizations = organizations.Where(o => o.Kind == kind);
        }

        if (query.CountryCode is { } country)
        {
            var code = country.ToUpperInvariant();
            organizations = organizations.Where(o => o.CountryCode == code);
        }

        if (query.Size is { } size)
        {
            organizations = organizations.Where(o => o.Size == size);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            organizations = organizations.Where(o => o.Name.Contains(q) || (o.NameKo != null && o.NameKo.Contains(q)));
        }

        return await store.ToPageAsync(organizations, query, ListOrganizationsValidator.SortFields, "name", o => o.Id, OrganizationDto.Projection, cancellationToken);
    }
}

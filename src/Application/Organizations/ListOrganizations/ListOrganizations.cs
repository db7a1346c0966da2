using System.Linq.Expressions;
using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Organizations.Common;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using FluentValidation;
using Mediator;

namespace EgovExport.Application.Organizations.ListOrganizations;

/// <summary>Organizations, filtered by kind, country, size and text in either name.</summary>
[Requires(Permission.ReadCatalog)]
public sealed record ListOrganizationsQuery(
    int Page = 1, int PageSize = PagingLimits.DefaultPageSize, string? Sort = null,
    OrganizationKind? Kind = null, string? CountryCode = null, CompanySize? Size = null, string? Q = null)
    : IQuery<PagedResult<OrganizationDto>>, ICatalogListQuery;

public sealed class ListOrganizationsValidator : AbstractValidator<ListOrganizationsQuery>
{
    public ListOrganizationsValidator()
    {
        Include(ListOrganizationsHandler.List.Validator<ListOrganizationsQuery>());
        RuleFor(q => q.CountryCode).Length(2);
    }
}

public sealed class ListOrganizationsHandler(IReadStore store) : IQueryHandler<ListOrganizationsQuery, PagedResult<OrganizationDto>>
{
    public static readonly CatalogList<Organization, Guid, OrganizationDto> List = new(
        new Dictionary<string, Expression<Func<Organization, object?>>>
        {
            ["name"] = o => o.Name,
            ["kind"] = o => o.Kind,
            ["countryCode"] = o => o.CountryCode,
        },
        defaultSort: "name",
        tieBreaker: o => o.Id,
        OrganizationDto.Projection,
        search: q => o => o.Name.Contains(q) || (o.NameKo != null && o.NameKo.Contains(q)));

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

        return await List.PageAsync(store, organizations, query, cancellationToken);
    }
}

using EgovExport.Domain.Catalog;
using EgovExport.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EgovExport.Benchmarks;

internal sealed record CountryRef(string Code, string Name, Region Region);

internal sealed record OrganizationRef(Guid Id, string Name, OrganizationKind Kind, string CountryCode, CompanySize? Size);

internal sealed record SolutionRef(Guid Id, string Code, string Name, SolutionCategory Category, Guid? OwningAgencyId);

/// <summary>The seeded catalog the generator draws from (read once, after seeding).</summary>
internal sealed class ReferenceData
{
    public required IReadOnlyList<CountryRef> PartnerCountries { get; init; }

    public required IReadOnlyList<OrganizationRef> KoreanAgencies { get; init; }

    public required IReadOnlyList<OrganizationRef> KoreanCompanies { get; init; }

    /// <summary>Foreign government bodies, international organizations and funding institutions.</summary>
    public required IReadOnlyList<OrganizationRef> Requesters { get; init; }

    public required IReadOnlyList<SolutionRef> Solutions { get; init; }

    public static async Task<ReferenceData> LoadAsync(EgovExportDbContext db, CancellationToken ct)
    {
        var countries = await db.Countries.AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new CountryRef(c.Code, c.Name, c.Region)).ToListAsync(ct);
        var organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => new OrganizationRef(o.Id, o.Name, o.Kind, o.CountryCode, o.Size)).ToListAsync(ct);
        var solutions = await db.Solutions.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new SolutionRef(s.Id, s.Code, s.Name, s.Category, s.OwningAgencyId)).ToListAsync(ct);

        var data = new ReferenceData
        {
            PartnerCountries = countries.Where(c => c.Code != "KR").ToList(),
            KoreanAgencies = organizations.Where(o => o.Kind == OrganizationKind.KoreanGovernmentAgency).ToList(),
            KoreanCompanies = organizations.Where(o => o.Kind == OrganizationKind.KoreanCompany).ToList(),
            Requesters = organizations.Where(o => o.Kind is OrganizationKind.ForeignGovernmentBody or OrganizationKind.InternationalOrganization
                or OrganizationKind.FundingInstitution).ToList(),
            Solutions = solutions,
        };

        if (data.PartnerCountries.Count == 0 || data.KoreanAgencies.Count == 0 || data.KoreanCompanies.Count == 0 || data.Requesters.Count == 0)
        {
            throw new InvalidOperationException("The reference data is missing (countries, Korean agencies and companies, requesters): seed the database first.");
        }

        return data;
    }
}

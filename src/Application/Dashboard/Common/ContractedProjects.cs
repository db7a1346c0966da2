using EgovExport.Application.Common.Abstractions;
using EgovExport.Domain.Projects;

namespace EgovExport.Application.Dashboard.Common;

// The dashboard's figures add up every project (ProjectsForAggregates) in the database and answer only
// counts and sums, never rows (decision 0006).

/// <summary>The signed contracts that the contract-year and SME-share figures add up.</summary>
internal static class ContractedProjects
{
    /// <summary>
    /// Every signed contract: its year, its value in USD and the project's SME share in percent. The stage
    /// (a plain column) narrows the rows first, so the JSON is read only for projects that reached a contract.
    /// </summary>
    public static IQueryable<ContractFacts> Of(IReadStore store) =>
        from p in store.ProjectsForAggregates
        where p.Stage >= Stage.Contract && p.Contract != null
        select new ContractFacts
        {
            Year = p.Contract!.SignedOn.Year,
            ValueUsd = p.Contract.Currency == "USD" ? p.Contract.Value : p.EstimatedValueUsd,
            SmeShare = p.Consortium.Where(m => m.IsSme).Sum(m => m.SharePercent),
        };
}

internal sealed class ContractFacts
{
    public int Year { get; init; }

    public decimal ValueUsd { get; init; }

    public decimal SmeShare { get; init; }
}

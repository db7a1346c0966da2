using System.Linq.Expressions;
using EgovExport.Domain.Catalog;

namespace EgovExport.Application.Solutions.Common;

/// <summary>A solution of the catalog as the API shows it.</summary>
public sealed record SolutionDto(Guid Id, string Code, string Name, string? NameKo, SolutionCategory Category, Guid? OwningAgencyId, string? Description, long Version)
{
    public static readonly Expression<Func<Solution, SolutionDto>> Projection =
        s => new SolutionDto(s.Id, s.Code, s.Name, s.NameKo, s.Category, s.OwningAgencyId, s.Description, s.Version);

    private static readonly Func<Solution, SolutionDto> Map = Projection.Compile();

    public static SolutionDto From(Solution solution) => Map(solution);
}

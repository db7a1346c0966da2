using EgovExport.Domain.Common;

namespace EgovExport.Domain.Catalog;

/// <summary>An entry of the standardized solution catalog (e.g. UNI-PASS customs clearance).</summary>
public sealed class Solution : AggregateRoot
{
    private Solution()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public string? NameKo { get; private set; }

    public SolutionCategory Category { get; private set; }

    public Guid? OwningAgencyId { get; private set; }

    public string? Description { get; private set; }

    public static Solution Create(Guid id, string code, string name, string? nameKo, SolutionCategory category, Guid? owningAgencyId, string? description)
    {
        var solution = new Solution { Id = Guard.Id(id, "id") };
        solution.Apply(code, name, nameKo, category, owningAgencyId, description);
        solution.Raise(new SolutionCreated(solution.Id, solution.Code));
        return solution;
    }

    public void Update(string code, string name, string? nameKo, SolutionCategory category, Guid? owningAgencyId, string? description)
    {
        Apply(code, name, nameKo, category, owningAgencyId, description);
        Touch();
        Raise(new SolutionUpdated(Id, Code));
    }

    private void Apply(string code, string name, string? nameKo, SolutionCategory category, Guid? owningAgencyId, string? description)
    {
        Code = Guard.Text(code, "code", 20).ToUpperInvariant();
        Name = Guard.Text(name, "name", 200);
        NameKo = Guard.OptionalText(nameKo, "nameKo", 200);
        Category = Guard.Defined(category, "category");
        OwningAgencyId = owningAgencyId;
        Description = Guard.OptionalText(description, "description", 2000);
    }
}

using EgovExport.Domain.Catalog;

namespace EgovExport.Domain.Tests.Catalog;

public class SolutionTests
{
    private static Solution Create(string code = "UNI-PASS", SolutionCategory category = SolutionCategory.CustomsTrade) =>
        Solution.Create(Guid.CreateVersion7(), code, "UNI-PASS customs clearance", "전자통관시스템", category, LeadAgency, null);

    [Fact]
    public void The_solution_code_is_upper_cased()
    {
        Assert.Equal("KONEPS", Create(code: "koneps").Code);
    }

    [Fact]
    public void A_solution_belongs_to_a_known_category()
    {
        Expect.Invalid("category", () => Create(category: (SolutionCategory)77));
    }

    [Fact]
    public void Updating_a_solution_increases_its_version()
    {
        var solution = Create();

        solution.Update("uni-pass", "UNI-PASS", null, SolutionCategory.CustomsTrade, LeadAgency, "Electronic customs clearance.");

        Assert.Equal(2, solution.Version);
        Assert.Equal("Electronic customs clearance.", solution.Description);
    }
}

using EgovExport.Domain.Common;

namespace EgovExport.Domain.Projects;

/// <summary>An organization's part in a project's consortium.</summary>
public sealed class ConsortiumMember
{
    private ConsortiumMember()
    {
    }

    public Guid OrganizationId { get; private set; }

    public ConsortiumRole Role { get; private set; }

    /// <summary>Share of the work, in percent (0 &lt; share ≤ 100).</summary>
    public decimal SharePercent { get; private set; }

    /// <summary>Whether the member was an SME when it joined; the SME share is summed from it.</summary>
    public bool IsSme { get; private set; }

    public static ConsortiumMember Create(Guid organizationId, ConsortiumRole role, decimal sharePercent, bool isSme, int index)
    {
        var path = $"members[{index}]";
        if (sharePercent <= 0 || sharePercent > 100)
        {
            throw new DomainValidationException($"{path}.sharePercent", "must be greater than 0 and at most 100.");
        }

        return new ConsortiumMember
        {
            OrganizationId = Guard.Id(organizationId, $"{path}.organizationId"),
            Role = Guard.Defined(role, $"{path}.role"),
            SharePercent = sharePercent,
            IsSme = isSme,
        };
    }
}

/// <summary>One source of money for the project and its amount.</summary>
public sealed class FundingSource
{
    private FundingSource()
    {
    }

    public FundingSourceKind Source { get; private set; }

    public decimal Amount { get; private set; }

    public static FundingSource Create(FundingSourceKind source, decimal amount, int index) => new()
    {
        Source = Guard.Defined(source, $"sources[{index}].source"),
        Amount = Guard.Positive(amount, $"sources[{index}].amount"),
    };
}

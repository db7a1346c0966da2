using EgovExport.Domain.Common;

namespace EgovExport.Domain.Projects;

// The data each stage's gate needs. Each record checks its own fields when created, with the field's
// JSON path as the API receives it, so a bad value is reported beside the field that holds it.

/// <summary>How the opportunity reached Korea: the Inquiry gate.</summary>
public sealed class InquiryDetails
{
    private InquiryDetails()
    {
    }

    public InquiryChannel Channel { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public Guid RequestingOrganizationId { get; private set; }

    public List<string> RequestedAreas { get; private set; } = [];

    /// <param name="hasRequestedSolutions">The inquiry names solutions of the catalog, so free-text areas are optional.</param>
    public static InquiryDetails Create(
        InquiryChannel channel, DateOnly receivedOn, Guid requestingOrganizationId, IEnumerable<string>? requestedAreas,
        bool hasRequestedSolutions, DateOnly today)
    {
        Guard.NotInFuture(receivedOn, today, "inquiry.receivedOn");
        var areas = (requestedAreas ?? [])
            .Select((area, i) => Guard.Text(area, $"inquiry.requestedAreas[{i}]", 200))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (areas.Count == 0 && !hasRequestedSolutions)
        {
            throw new DomainValidationException("inquiry.requestedAreas", "name at least one requested area, or give solutionIds.");
        }

        return new InquiryDetails
        {
            Channel = Guard.Defined(channel, "inquiry.channel"),
            ReceivedOn = receivedOn,
            RequestingOrganizationId = Guard.Id(requestingOrganizationId, "inquiry.requestingOrganizationId"),
            RequestedAreas = areas,
        };
    }
}

/// <summary>A consulting engagement: the Consulting gate.</summary>
public sealed class ConsultingEngagement
{
    private ConsultingEngagement()
    {
    }

    public ConsultingType Type { get; private set; }

    public int PlannedRounds { get; private set; }

    public CostBearer CostBearer { get; private set; }

    public DateOnly StartOn { get; private set; }

    public static ConsultingEngagement Create(ConsultingType type, int plannedRounds, CostBearer costBearer, DateOnly startOn)
    {
        if (plannedRounds < 1)
        {
            throw new DomainValidationException("consulting.plannedRounds", "must be at least 1.");
        }

        return new ConsultingEngagement
        {
            Type = Guard.Defined(type, "consulting.type"),
            PlannedRounds = plannedRounds,
            CostBearer = Guard.Defined(costBearer, "consulting.costBearer"),
            StartOn = startOn,
        };
    }
}

/// <summary>A government-to-government memorandum of understanding: the MOU gate.</summary>
public sealed class MouAgreement
{
    private MouAgreement()
    {
    }

    public string KoreanSignatory { get; private set; } = null!;

    public string PartnerSignatory { get; private set; } = null!;

    public DateOnly SignedOn { get; private set; }

    public string Scope { get; private set; } = null!;

    public DateOnly ExpiresOn { get; private set; }

    public static MouAgreement Create(string koreanSignatory, string partnerSignatory, DateOnly signedOn, string scope, DateOnly expiresOn, DateOnly today)
    {
        var mou = new MouAgreement
        {
            KoreanSignatory = Guard.Text(koreanSignatory, "mou.koreanSignatory", 200),
            PartnerSignatory = Guard.Text(partnerSignatory, "mou.partnerSignatory", 200),
            Scope = Guard.Text(scope, "mou.scope", 2000),
            SignedOn = signedOn,
            ExpiresOn = expiresOn,
        };
        Guard.NotInFuture(signedOn, today, "mou.signedOn");
        Guard.After(expiresOn, signedOn, "mou.expiresOn", "mou.signedOn");
        return mou;
    }
}

/// <summary>The signed contract: the Contract gate (the project is won).</summary>
public sealed class ContractRecord
{
    private ContractRecord()
    {
    }

    public string Number { get; private set; } = null!;

    public DateOnly SignedOn { get; private set; }

    public decimal Value { get; private set; }

    public string Currency { get; private set; } = null!;

    public Guid PrimeContractorId { get; private set; }

    public DateOnly StartOn { get; private set; }

    public DateOnly EndOn { get; private set; }

    public static ContractRecord Create(string number, DateOnly signedOn, decimal value, string currency, Guid primeContractorId, DateOnly startOn, DateOnly endOn)
    {
        var contract = new ContractRecord
        {
            Number = Guard.Text(number, "contract.number", 100),
            SignedOn = signedOn,
            Value = Guard.Positive(value, "contract.value"),
            Currency = Guard.CurrencyCode(currency, "contract.currency"),
            PrimeContractorId = Guard.Id(primeContractorId, "contract.primeContractorId"),
            StartOn = startOn,
            EndOn = endOn,
        };
        Guard.After(endOn, startOn, "contract.endOn", "contract.startOn");
        return contract;
    }
}

/// <summary>Delivery accepted and support agreed: the Maintenance gate.</summary>
public sealed class MaintenanceRecord
{
    private MaintenanceRecord()
    {
    }

    public DateOnly AcceptedOn { get; private set; }

    public DateOnly SupportEndsOn { get; private set; }

    public decimal AnnualValueUsd { get; private set; }

    public static MaintenanceRecord Create(DateOnly acceptedOn, DateOnly supportEndsOn, decimal annualValueUsd)
    {
        Guard.After(supportEndsOn, acceptedOn, "maintenance.supportEndsOn", "maintenance.acceptedOn");
        return new MaintenanceRecord
        {
            AcceptedOn = acceptedOn,
            SupportEndsOn = supportEndsOn,
            AnnualValueUsd = Guard.NotNegative(annualValueUsd, "maintenance.annualValueUsd"),
        };
    }
}

namespace EgovExport.Domain.Tests.Support;

/// <summary>
/// A small, consistent world for the domain tests: one moment, the organizations of a customs-clearance
/// export, and valid gate data for every stage (each factory takes the one value a test wants to vary).
/// </summary>
internal static class TestData
{
    public static readonly Moment Now = Moment.At(new DateTime(2026, 3, 15, 9, 30, 0));
    public static readonly Moment Later = Moment.At(new DateTime(2026, 4, 2, 14, 0, 0));
    public static DateOnly Today => Now.Today;

    public const string By = "officer@nia.example";
    public const string ProjectCode = "EXP-2026-0042";
    public const string Title = "UNI-PASS customs clearance";
    public const decimal ContractValue = 1_000_000m;

    public static readonly Guid LeadAgency = Guid.Parse("0199a000-0000-7000-8000-000000000001");
    public static readonly Guid RequestingOrganization = Guid.Parse("0199a000-0000-7000-8000-000000000002");
    public static readonly Guid PrimeContractor = Guid.Parse("0199a000-0000-7000-8000-000000000003");
    public static readonly Guid SmePartner = Guid.Parse("0199a000-0000-7000-8000-000000000004");
    public static readonly Guid OtherSme = Guid.Parse("0199a000-0000-7000-8000-000000000005");
    public static readonly Guid UniPass = Guid.Parse("0199a000-0000-7000-8000-000000000010");

    public static readonly DateOnly ContractStart = new(2026, 4, 1);

    public static ProjectDetails Details(string title = Title, IReadOnlyCollection<Guid>? solutionIds = null) =>
        new(title, "EC", LeadAgency, solutionIds ?? [UniPass], 2_500_000m, new DateOnly(2026, 9, 30));

    public static InquiryDetails Inquiry(DateOnly? receivedOn = null, string[]? areas = null, bool hasRequestedSolutions = true) =>
        InquiryDetails.Create(InquiryChannel.DelegationVisit, receivedOn ?? new DateOnly(2026, 1, 12), RequestingOrganization,
            areas ?? ["customs clearance"], hasRequestedSolutions, Today);

    public static ConsultingEngagement Consulting(int plannedRounds = 3) =>
        ConsultingEngagement.Create(ConsultingType.MasterPlan, plannedRounds, CostBearer.Korea, new DateOnly(2026, 2, 1));

    public static MouAgreement Mou(DateOnly? signedOn = null, DateOnly? expiresOn = null) =>
        MouAgreement.Create("Minister of the Interior and Safety", "Director General of Customs", signedOn ?? new DateOnly(2026, 3, 1),
            "Modernisation of customs clearance", expiresOn ?? new DateOnly(2029, 3, 1), Today);

    public static ContractRecord Contract(decimal value = ContractValue, Guid? primeContractor = null) =>
        ContractRecord.Create("EC-CUS-2026-7", new DateOnly(2026, 3, 10), value, "USD", primeContractor ?? PrimeContractor,
            ContractStart, new DateOnly(2027, 12, 31));

    public static MaintenanceRecord Maintenance(DateOnly? acceptedOn = null, decimal annualValueUsd = 120_000m) =>
        MaintenanceRecord.Create(acceptedOn ?? new DateOnly(2028, 1, 15), new DateOnly(2031, 1, 15), annualValueUsd);

    /// <summary>A move into <paramref name="stage"/> carrying valid gate data for it.</summary>
    public static StageMove MoveInto(Stage stage, string? skipReason = null) => stage switch
    {
        Stage.Consulting => new StageMove(stage, SkipReason: skipReason, Consulting: Consulting()),
        Stage.Mou => new StageMove(stage, SkipReason: skipReason, Mou: Mou()),
        Stage.Contract => new StageMove(stage, SkipReason: skipReason, Contract: Contract()),
        Stage.Maintenance => new StageMove(stage, SkipReason: skipReason, Maintenance: Maintenance()),
        _ => throw new ArgumentOutOfRangeException(nameof(stage), "a project enters Inquiry only when it is opened."),
    };

    /// <summary>A move back to <paramref name="stage"/> with a reason.</summary>
    public static StageMove MoveBackTo(Stage stage) => new(stage, Reason: "The partner asked to revisit the scope.");

    public static ConsortiumMember Member(Guid organization, ConsortiumRole role, decimal share, bool isSme = false, int index = 0) =>
        ConsortiumMember.Create(organization, role, share, isSme, index);

    /// <summary>Members in order, each created with its own index.</summary>
    public static IReadOnlyList<ConsortiumMember> Consortium(params (Guid Organization, ConsortiumRole Role, decimal Share, bool IsSme)[] members) =>
        members.Select((m, i) => Member(m.Organization, m.Role, m.Share, m.IsSme, i)).ToList();

    /// <summary>A large prime contractor with 60% of the work and an SME partner with 40%.</summary>
    public static IReadOnlyList<ConsortiumMember> DefaultConsortium() =>
        Consortium((PrimeContractor, ConsortiumRole.Prime, 60m, false), (SmePartner, ConsortiumRole.Partner, 40m, true));

    /// <summary>Funding sources with the given amounts, alternating KOICA grant and EDCF loan.</summary>
    public static IReadOnlyList<FundingSource> Funding(params decimal[] amounts) =>
        amounts.Select((amount, i) => FundingSource.Create(i % 2 == 0 ? FundingSourceKind.KoicaGrant : FundingSourceKind.Edcf, amount, i)).ToList();
}

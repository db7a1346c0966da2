using System.Text.Json;
using System.Text.Json.Serialization;
using EgovExport.Domain.Common;
using EgovExport.Domain.Projects.Rules;

namespace EgovExport.Domain.Projects;

/// <summary>
/// One export opportunity: a partner country, solutions, a lead Korean agency and its way through the
/// pipeline. Every state change goes through a method that checks the gates and rules of movement,
/// so no caller can put a project into an invalid state.
/// </summary>
public sealed class ExportProject : AggregateRoot
{
    private static readonly JsonSerializerOptions GateJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly List<ProjectSolution> _solutions = [];
    private readonly List<ConsultingEngagement> _consulting = [];
    private readonly List<ConsortiumMember> _consortium = [];
    private readonly List<ProjectParticipant> _participants = [];
    private readonly List<FundingSource> _funding = [];
    private readonly List<StageTransition> _transitions = [];
    private readonly List<StatusChange> _statusChanges = [];

    private ExportProject()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Readable code, <c>EXP-YYYY-NNNN</c>.</summary>
    public string Code { get; private set; } = null!;

    public string Title { get; private set; } = null!;

    public string CountryCode { get; private set; } = null!;

    public Guid LeadAgencyId { get; private set; }

    /// <summary>The user who owns the project (set by the identity feature; null before it).</summary>
    public string? OwnerId { get; private set; }

    public decimal EstimatedValueUsd { get; private set; }

    /// <summary>The estimate in the currency it was given in, kept beside the USD figure.</summary>
    public decimal? OriginalAmount { get; private set; }

    public string? OriginalCurrency { get; private set; }

    public DateOnly? ExpectedDecisionOn { get; private set; }

    /// <summary>Percent; set to the stage's default on every move and editable in between.</summary>
    public int Probability { get; private set; }

    public List<string> Tags { get; private set; } = [];

    /// <summary>
    /// The requested solutions, on the project's own row so that reading a project needs no join;
    /// <see cref="Solutions"/> holds the same links as rows, for filtering projects by solution.
    /// </summary>
    public List<Guid> SolutionIds { get; private set; } = [];

    public Stage Stage { get; private set; }

    public ProjectStatus Status { get; private set; }

    public DateTime StageEnteredAt { get; private set; }

    public Guid? FollowsProjectId { get; private set; }

    public InquiryDetails Inquiry { get; private set; } = null!;

    public MouAgreement? Mou { get; private set; }

    public ContractRecord? Contract { get; private set; }

    public MaintenanceRecord? Maintenance { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = null!;

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Lower-cased code and title, for text search.</summary>
    public string SearchText { get; private set; } = null!;

    public IReadOnlyList<ProjectSolution> Solutions => _solutions;

    public IReadOnlyList<ConsultingEngagement> ConsultingEngagements => _consulting;

    public IReadOnlyList<ConsortiumMember> Consortium => _consortium;

    /// <summary>The consortium's organizations again, as rows: what a company's access to the project is decided on.</summary>
    public IReadOnlyList<ProjectParticipant> Participants => _participants;

    public IReadOnlyList<FundingSource> Funding => _funding;

    public IReadOnlyList<StageTransition> Transitions => _transitions;

    public IReadOnlyList<StatusChange> StatusChanges => _statusChanges;

    /// <summary>Sum of the shares held by SME members, in percent.</summary>
    public decimal SmeSharePercent => _consortium.Where(m => m.IsSme).Sum(m => m.SharePercent);

    public decimal FundingTotal => _funding.Sum(f => f.Amount);

    /// <summary>Opens a new project in the Inquiry stage; the inquiry is its gate.</summary>
    /// <param name="ownerId">The user who owns it (the person who opened it), if a person did.</param>
    public static ExportProject Open(
        Guid id,
        string code,
        ProjectDetails details,
        InquiryDetails inquiry,
        string by,
        Moment now,
        string? ownerId = null)
    {
        var project = new ExportProject
        {
            Id = Guard.Id(id, "id"),
            Code = Guard.Text(code, "code", 20),
            Inquiry = inquiry ?? throw new DomainValidationException("inquiry", "is required to open a project."),
            Stage = Stage.Inquiry,
            Status = ProjectStatus.Active,
            Probability = Stage.Inquiry.DefaultProbability(),
            StageEnteredAt = now.UtcNow,
            CreatedAt = now.UtcNow,
            CreatedBy = by,
            UpdatedAt = now.UtcNow,
            OwnerId = Guard.OptionalText(ownerId, "ownerId", 200),
        };
        project.ApplyDetails(details);
        project._transitions.Add(StageTransition.Record(project.Id, null, Stage.Inquiry, now.UtcNow, by, null, false, JsonSerializer.Serialize(inquiry, GateJson)));
        project.Raise(new ProjectOpened(project.Id, project.Code, project.CountryCode, project.LeadAgencyId, project.SolutionIds.ToList(), project.EstimatedValueUsd));
        return project;
    }

    /// <summary>Changes the editable fields. The probability given here overrides the stage's default.</summary>
    public void UpdateDetails(ProjectDetails details, int? probability, Moment now)
    {
        var before = EditableFields.Select(f => f.Read(this)).ToList();
        ApplyDetails(details);
        if (probability is { } p)
        {
            if (p is < 0 or > 100)
            {
                throw new DomainValidationException("probability", "must be between 0 and 100.");
            }

            Probability = p;
        }

        RaiseEdited(EditableFields.Where((f, i) => !Equals(f.Read(this), before[i])).Select(f => f.Name));
        Changed(now);
    }

    /// <summary>Moves the project to another stage, checking the target stage's gate and the rules of movement.</summary>
    public void MoveTo(StageMove move, string by, Moment now)
    {
        var target = Guard.Defined(move.ToStage, "toStage");
        foreach (var rule in ProjectOptions.MoveRules(Stage, Status, target))
        {
            CheckRule(rule);
        }

        var given = move.GivenGateData().ToList();
        if (given.FirstOrDefault(g => g.Stage != target || target < Stage) is { Field: not null } misplaced)
        {
            throw new DomainValidationException(misplaced.Field, target < Stage
                ? "moving back takes no gate data."
                : $"only the data of the target stage ({target}) may be given, not that of {misplaced.Stage}.");
        }

        object? gateData = null;
        if (target > Stage)
        {
            if (target == Stage.Inquiry || given.Count == 0)
            {
                throw new DomainValidationException(GateField(target), $"is required to enter {target}.");
            }

            gateData = given[0].Data;
            CheckRule(new SkippingAStageRequiresAReason(Stage, target, move.SkipReason));
            CheckGate(move);
        }
        else
        {
            CheckRule(new MovingBackRequiresAReason(Stage, target, move.Reason));
        }

        var skipped = target - Stage > 1;
        var reason = skipped ? Guard.Text(move.SkipReason, "skipReason", 1000) : Guard.OptionalText(move.Reason, "reason", 1000);
        if (skipped && !string.IsNullOrWhiteSpace(move.Reason))
        {
            reason = $"{reason} — {Guard.Text(move.Reason, "reason", 1000)}";
        }

        EnterGate(move);
        _transitions.Add(StageTransition.Record(Id, Stage, target, now.UtcNow, by, reason, skipped,
            gateData is null ? null : JsonSerializer.Serialize(gateData, gateData.GetType(), GateJson)));
        Raise(new ProjectMoved(Id, Stage, target, skipped, reason));
        Stage = target;
        StageEnteredAt = now.UtcNow;
        Probability = target.DefaultProbability();
        Changed(now);
    }

    /// <summary>Puts the project on hold, closes it (Lost, Withdrawn, Completed) or reopens it.</summary>
    public void ChangeStatus(ProjectStatus target, string? reason, LossReason? lossReason, string? lostToCountryCode, string by, Moment now)
    {
        Guard.Defined(target, "status");
        foreach (var rule in StatusChangeRules(target))
        {
            CheckRule(rule);
        }

        var reopening = Status.IsClosed() && target == ProjectStatus.Active;
        var text = Guard.OptionalText(reason, "reason", 1000);
        if (text is null && StatusChangeNeedsReason(target))
        {
            throw new DomainValidationException("reason", reopening
                ? "is required to reopen a closed project."
                : $"is required to mark a project {target}.");
        }

        if (target != ProjectStatus.Lost && (lostToCountryCode is not null || lossReason is not null))
        {
            throw new DomainValidationException(lostToCountryCode is not null ? "lostToCountryCode" : "lossReason", "applies only when the status is Lost.");
        }

        if (lostToCountryCode is not null && lossReason is not (null or LossReason.Competitor))
        {
            throw new DomainValidationException("lostToCountryCode", "names the competing country, so it goes with lossReason Competitor.");
        }

        var lostTo = lostToCountryCode is null ? null : Guard.CountryCode(lostToCountryCode, "lostToCountryCode");
        if (lossReason is { } lr)
        {
            Guard.Defined(lr, "lossReason");
        }

        _statusChanges.Add(StatusChange.Record(Status, target, now.UtcNow, by, text, lossReason, lostTo));
        Raise(new ProjectStatusChanged(Id, Status, target, text, lossReason));
        Status = target;
        Probability = target switch
        {
            ProjectStatus.Lost or ProjectStatus.Withdrawn => 0,
            ProjectStatus.Completed => 100,
            _ when reopening => Stage.DefaultProbability(),
            _ => Probability,
        };
        Changed(now);
    }

    /// <summary>
    /// The statuses this project may change to now, each with whether the change needs a written reason:
    /// the same rules <see cref="ChangeStatus"/> enforces, so a client offers only what it would accept.
    /// </summary>
    public IReadOnlyList<StatusOption> StatusOptions() => ProjectOptions.StatusChanges(Stage, Status);

    /// <summary>The stages this project may move to now and what each move needs (the rules <see cref="MoveTo"/> enforces).</summary>
    public IReadOnlyList<MoveOption> MoveOptions() => ProjectOptions.Moves(Stage, Status);

    private IEnumerable<IBusinessRule> StatusChangeRules(ProjectStatus target) => ProjectOptions.StatusChangeRules(Stage, Status, target);

    private bool StatusChangeNeedsReason(ProjectStatus target) => ProjectOptions.StatusChangeNeedsReason(Status, target);

    /// <summary>Replaces the consortium. Shares add up to at most 100; at most one prime.</summary>
    public void SetConsortium(IReadOnlyList<ConsortiumMember> members, Moment now)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (members.Take(i).Any(m => m.OrganizationId == members[i].OrganizationId))
            {
                throw new DomainValidationException($"members[{i}].organizationId", "is already a member of the consortium.");
            }
        }

        if (members.Count(m => m.Role == ConsortiumRole.Prime) > 1)
        {
            throw new DomainValidationException("members", "a consortium has at most one Prime member.");
        }

        var total = members.Sum(m => m.SharePercent);
        if (total > 100)
        {
            throw new DomainValidationException("members", $"the shares add up to {total:0.##}%; they may add up to at most 100%.");
        }

        CheckRule(new ConsortiumMustKeepPrimeContractor(Contract, Stage, members.ToList()));
        Raise(new ProjectConsortiumChanged(
            Id,
            members.Select(m => m.OrganizationId).Where(id => _consortium.All(c => c.OrganizationId != id)).ToList(),
            _consortium.Select(c => c.OrganizationId).Where(id => members.All(m => m.OrganizationId != id)).ToList(),
            members.FirstOrDefault(m => m.Role == ConsortiumRole.Prime)?.OrganizationId));
        _consortium.Clear();
        _consortium.AddRange(members);
        _participants.RemoveAll(p => members.All(m => m.OrganizationId != p.OrganizationId));
        foreach (var member in members.Where(m => _participants.All(p => p.OrganizationId != m.OrganizationId)))
        {
            _participants.Add(new ProjectParticipant(Id, member.OrganizationId));
        }

        Changed(now);
    }

    /// <summary>Replaces the funding sources. Once a contract is on record they must still cover it.</summary>
    public void SetFunding(IReadOnlyList<FundingSource> sources, Moment now)
    {
        if (Contract is not null && Stage >= Stage.Contract)
        {
            CheckRule(new ContractMustBeCoveredByFunding(Contract.Value, Contract.Currency, sources.ToList()));
        }

        _funding.Clear();
        _funding.AddRange(sources);
        Raise(new ProjectFundingChanged(Id, sources.Count, FundingTotal));
        Changed(now);
    }

    /// <summary>Links the project to the one it grew out of (or unlinks it with null).</summary>
    /// <param name="ancestorsOfPrevious">The follow-on chain above <paramref name="previousProjectId"/>.</param>
    public void FollowOn(Guid? previousProjectId, IReadOnlyCollection<Guid> ancestorsOfPrevious, Moment now)
    {
        CheckRule(new FollowOnMustNotFormACycle(Id, previousProjectId, ancestorsOfPrevious));
        RaiseEdited(FollowsProjectId == previousProjectId ? [] : ["followsProjectId"]);
        FollowsProjectId = previousProjectId;
        Changed(now);
    }

    /// <summary>Assigns the owner (a user id).</summary>
    public void AssignOwner(string? ownerId, Moment now)
    {
        var owner = Guard.OptionalText(ownerId, "ownerId", 200);
        RaiseEdited(owner == OwnerId ? [] : ["ownerId"]);
        OwnerId = owner;
        Changed(now);
    }

    private static string GateField(Stage stage) => stage switch
    {
        Stage.Consulting => "consulting",
        Stage.Mou => "mou",
        Stage.Contract => "contract",
        Stage.Maintenance => "maintenance",
        _ => "inquiry",
    };

    private void CheckGate(StageMove move)
    {
        if (move.Contract is { } contract)
        {
            CheckRule(new PrimeContractorMustBeConsortiumMember(contract.PrimeContractorId, _consortium));
            CheckRule(new ContractMustBeCoveredByFunding(contract.Value, contract.Currency, _funding));
        }

        if (move.Maintenance is { } maintenance)
        {
            CheckRule(new MaintenanceRequiresAContract(Contract));

            // The contract may date from an earlier pass (moved back, then skipped forward again):
            // its gate must still hold against today's consortium and funding.
            CheckRule(new PrimeContractorMustBeConsortiumMember(Contract!.PrimeContractorId, _consortium));
            CheckRule(new ContractMustBeCoveredByFunding(Contract.Value, Contract.Currency, _funding));
            if (maintenance.AcceptedOn < Contract.StartOn)
            {
                throw new DomainValidationException("maintenance.acceptedOn", $"must be on or after the contract's start date ({Contract.StartOn:yyyy-MM-dd}).");
            }
        }
    }

    private void EnterGate(StageMove move)
    {
        if (move.Consulting is not null) _consulting.Add(move.Consulting);
        if (move.Mou is not null) Mou = move.Mou;
        if (move.Contract is not null) Contract = move.Contract;
        if (move.Maintenance is not null) Maintenance = move.Maintenance;
    }

    private void ApplyDetails(ProjectDetails details)
    {
        Title = Guard.Text(details.Title, "title", 200);
        CountryCode = Guard.CountryCode(details.CountryCode, "countryCode");
        LeadAgencyId = Guard.Id(details.LeadAgencyId, "leadAgencyId");
        EstimatedValueUsd = Guard.NotNegative(details.EstimatedValueUsd, "estimatedValueUsd");
        if ((details.OriginalAmount is null) != (details.OriginalCurrency is null))
        {
            throw new DomainValidationException(details.OriginalAmount is null ? "originalAmount" : "originalCurrency", "originalAmount and originalCurrency go together.");
        }

        OriginalAmount = details.OriginalAmount is { } amount ? Guard.NotNegative(amount, "originalAmount") : null;
        OriginalCurrency = details.OriginalCurrency is null ? null : Guard.CurrencyCode(details.OriginalCurrency, "originalCurrency");
        ExpectedDecisionOn = details.ExpectedDecisionOn;
        Tags = (details.Tags ?? [])
            .Select((t, i) => Guard.Text(t, $"tags[{i}]", 40).ToLowerInvariant())
            .Distinct()
            .ToList();

        var solutionIds = (details.SolutionIds ?? []).Distinct().ToList();
        for (var i = 0; i < solutionIds.Count; i++)
        {
            Guard.Id(solutionIds[i], $"solutionIds[{i}]");
        }

        // The Inquiry gate keeps holding: an inquiry without free-text areas is about its solutions.
        if (solutionIds.Count == 0 && Inquiry is { RequestedAreas.Count: 0 })
        {
            throw new DomainValidationException("solutionIds", "the inquiry names no requested areas, so keep at least one requested solution.");
        }

        _solutions.RemoveAll(s => !solutionIds.Contains(s.SolutionId));
        foreach (var sid in solutionIds.Where(sid => _solutions.All(s => s.SolutionId != sid)))
        {
            _solutions.Add(new ProjectSolution(Id, sid));
        }

        SolutionIds = solutionIds;

        SearchText = $"{Code} {Title}".ToLowerInvariant();
    }

    /// <summary>What <see cref="UpdateDetails"/> may change, by JSON name, in a form that compares by value.</summary>
    private static readonly (string Name, Func<ExportProject, object?> Read)[] EditableFields =
    [
        ("title", p => p.Title),
        ("countryCode", p => p.CountryCode),
        ("leadAgencyId", p => p.LeadAgencyId),
        ("solutionIds", p => string.Join(',', p.SolutionIds.Order())),
        ("estimatedValueUsd", p => p.EstimatedValueUsd),
        ("originalAmount", p => p.OriginalAmount),
        ("originalCurrency", p => p.OriginalCurrency),
        ("expectedDecisionOn", p => p.ExpectedDecisionOn),
        ("tags", p => string.Join(',', p.Tags.Order(StringComparer.Ordinal))),
        ("probability", p => p.Probability),
    ];

    /// <summary>
    /// One <see cref="ProjectEdited"/> per request: edits made before the save join the pending one, and
    /// a project not yet saved is still being opened (<see cref="ProjectOpened"/> tells of it).
    /// </summary>
    private void RaiseEdited(IEnumerable<string> fields)
    {
        var changed = fields.ToList();
        var pending = PendingEvents();
        if (changed.Count == 0 || pending.Any(e => e is ProjectOpened))
        {
            return;
        }

        if (pending.Count > 0 && pending[^1] is ProjectEdited earlier)
        {
            ReplaceLastPending(earlier with { ChangedFields = earlier.ChangedFields.Union(changed).ToList() });
        }
        else
        {
            Raise(new ProjectEdited(Id, changed));
        }
    }

    private void Changed(Moment now)
    {
        UpdatedAt = now.UtcNow;
        Touch();
    }
}

/// <summary>The fields of a project that its editors set directly (everything but stage and status).</summary>
public sealed record ProjectDetails(
    string Title,
    string CountryCode,
    Guid LeadAgencyId,
    IReadOnlyCollection<Guid>? SolutionIds,
    decimal EstimatedValueUsd,
    DateOnly? ExpectedDecisionOn,
    IReadOnlyCollection<string>? Tags = null,
    decimal? OriginalAmount = null,
    string? OriginalCurrency = null);

/// <summary>Link between a project and a solution of the catalog (a table, so the list can filter by solution).</summary>
public sealed class ProjectSolution
{
    private ProjectSolution()
    {
    }

    public ProjectSolution(Guid projectId, Guid solutionId)
    {
        ProjectId = projectId;
        SolutionId = solutionId;
    }

    public Guid ProjectId { get; private set; }

    public Guid SolutionId { get; private set; }
}

/// <summary>
/// An organization that is a consortium member of a project (a table, so that a company's lists and
/// counts can be limited to its own projects in the database).
/// </summary>
public sealed class ProjectParticipant
{
    private ProjectParticipant()
    {
    }

    public ProjectParticipant(Guid projectId, Guid organizationId)
    {
        ProjectId = projectId;
        OrganizationId = organizationId;
    }

    public Guid ProjectId { get; private set; }

    public Guid OrganizationId { get; private set; }
}

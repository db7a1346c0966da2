using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Common;
using EgovExport.Domain.Projects;

namespace EgovExport.Benchmarks;

/// <summary>
/// Builds one synthetic project by replaying a plausible history through the domain (Open, SetConsortium,
/// SetFunding, MoveTo, ChangeStatus), so every generated row passed the same gates and rules as an API
/// caller's. The funnel: about half of the inquiries reach consulting, fewer an MOU, fewer a contract;
/// some stages are skipped, some projects move back, many are lost, withdrawn or put on hold, and the
/// recent ones are still in progress (no event is ever dated after the generator's "now").
/// </summary>
internal sealed class ProjectFactory(ReferenceData reference, int seed, DateTime now)
{
    private static readonly string[] Users =
    [
        "kim.minji", "lee.junho", "park.seoyeon", "choi.hyunwoo", "jung.yuna", "kang.dohyun", "yoon.jiwoo", "lim.sungmin",
        "han.eunji", "oh.taeyang", "seo.hana", "shin.jaewon",
    ];

    private static readonly string[] Areas =
    [
        "e-procurement", "customs clearance", "tax administration", "national data center", "digital identity",
        "civil service portal", "information security", "disaster response", "postal logistics", "patent office automation",
        "government cloud", "open data", "e-document management", "immigration control", "smart city platform",
    ];

    private static readonly string[] Suffixes =
    [
        "modernization", "consulting", "pilot", "phase 2", "nationwide rollout", "feasibility study", "ODA project", "upgrade",
        "master plan", "capacity building", "integration", "migration to cloud",
    ];

    private static readonly string[] TagPool =
    [
        "oda", "edcf", "pilot", "phase-2", "g2g", "ppp", "cloud", "security", "data-center", "capacity-building", "koica",
        "world-bank", "adb", "strategic", "follow-on",
    ];

    private static readonly string[] Competitors = ["CN", "JP", "IN", "US", "FR", "DE", "ES", "TR", "SG", "EE"];

    private static readonly (string Currency, decimal PerUsd)[] Currencies = [("EUR", 0.92m), ("JPY", 150m), ("KRW", 1350m), ("GBP", 0.79m), ("AED", 3.67m)];

    private static readonly string[] LostReasons =
    [
        "Partner chose a competing bid.", "Budget was cut in the partner's fiscal plan.", "Government changed after the elections.",
        "Tender cancelled by the partner.", "Financing could not be arranged.",
    ];

    private static readonly string[] WithdrawnReasons =
    [
        "Lead agency withdrew: no capacity this year.", "Consortium could not agree on the scope.", "Partner stopped answering.",
        "Security situation in the partner country.", "Merged into a larger program.",
    ];

    private static readonly string[] HoldReasons =
    [
        "Waiting for the partner's budget approval.", "Partner reorganizing its ministry.", "Pending the financing decision.",
        "Elections in the partner country.",
    ];

    private readonly DateTime _now = now;

    /// <summary>Country popularity: a Zipf-like weight over a seed-shuffled list, so some partners are hot.</summary>
    private readonly WeightedPick<CountryRef> _countries = WeightedPick.Zipf(Shuffle(reference.PartnerCountries, seed), 0.9);

    private readonly WeightedPick<SolutionRef> _solutions = WeightedPick.Zipf(Shuffle(reference.Solutions, seed + 1), 0.7);

    /// <summary>How many of each outcome the factory produced (stage reached × status), for the summary.</summary>
    public Dictionary<(Stage, ProjectStatus), int> Outcomes { get; } = [];

    public int Transitions { get; private set; }

    public int Skips { get; private set; }

    public int BackMoves { get; private set; }

    public ExportProject Build(Random rng, string code, DateTime opened)
    {
        var at = Moment.At(opened);
        var country = _countries.Next(rng);
        var solutions = PickSolutions(rng);
        var lead = solutions.Count > 0 && solutions[0].OwningAgencyId is { } owner && rng.NextDouble() < 0.65
            ? owner
            : reference.KoreanAgencies[rng.Next(reference.KoreanAgencies.Count)].Id;
        var subject = solutions.Count > 0 ? solutions[0].Name : Areas[rng.Next(Areas.Length)];
        var title = $"{country.Name} {subject} {Suffixes[rng.Next(Suffixes.Length)]}";
        if (title.Length > 200)
        {
            title = title[..200].TrimEnd();
        }

        var estimate = Estimate(rng);
        decimal? originalAmount = null;
        string? originalCurrency = null;
        if (rng.NextDouble() < 0.15)
        {
            var (currency, perUsd) = Currencies[rng.Next(Currencies.Length)];
            originalCurrency = currency;
            originalAmount = decimal.Round(estimate * perUsd, 0);
        }

        DateOnly? decision = rng.NextDouble() < 0.8 ? DateOnly.FromDateTime(opened).AddDays(rng.Next(180, 1080)) : null;
        var tags = Enumerable.Range(0, rng.Next(0, 4)).Select(_ => TagPool[rng.Next(TagPool.Length)]).Distinct().ToList();
        var details = new ProjectDetails(title, country.Code, lead, solutions.Select(s => s.Id).ToList(), estimate, decision, tags,
            originalAmount, originalCurrency);

        var requester = PickRequester(rng, country.Code);
        var areas = solutions.Count == 0 || rng.NextDouble() < 0.6
            ? Enumerable.Range(0, rng.Next(1, 4)).Select(_ => Areas[rng.Next(Areas.Length)]).Distinct().ToList()
            : [];
        var inquiry = InquiryDetails.Create(Channel(rng), at.Today, requester, areas, solutions.Count > 0, at.Today);
        var project = ExportProject.Open(ProjectId(code, opened), code, details, inquiry, User(rng), at);
        Transitions++;

        Replay(rng, project, country, estimate, at);
        Outcomes[(project.Stage, project.Status)] = Outcomes.GetValueOrDefault((project.Stage, project.Status)) + 1;
        return project;
    }

    /// <summary>Walks the funnel from Inquiry until the project closes, stalls or reaches today.</summary>
    private void Replay(Random rng, ExportProject project, CountryRef country, decimal estimate, Moment cursor)
    {
        var reopened = false;
        var movedBack = false;
        while (true)
        {
            var r = rng.NextDouble();
            switch (project.Stage)
            {
                case Stage.Inquiry:
                    if (r < 0.50) { if (!ToConsulting(rng, project, ref cursor, 20, 240)) return; }
                    else if (r < 0.56) { if (!ToMou(rng, project, country, ref cursor, 60, 400, "The partner signed an MOU directly after a ministerial visit.")) return; }
                    else if (r < 0.57) { if (!ToContract(rng, project, estimate, ref cursor, 90, 540, "Direct award under an existing framework agreement.")) return; }
                    else if (r < 0.69) { Close(rng, project, ProjectStatus.Lost, cursor); return; }
                    else if (r < 0.85) { Close(rng, project, ProjectStatus.Withdrawn, cursor); return; }
                    else if (r < 0.90) { if (Hold(rng, project, ref cursor, ref reopened)) continue; return; }
                    else return; // stalled, still Active
                    break;

                case Stage.Consulting:
                    if (r < 0.45) { if (!ToMou(rng, project, country, ref cursor, 60, 540, null)) return; }
                    else if (r < 0.50) { if (!ToContract(rng, project, estimate, ref cursor, 120, 720, "The consulting's master plan was adopted as the tender specification.")) return; }
                    else if (r < 0.65) { Close(rng, project, ProjectStatus.Lost, cursor); return; }
                    else if (r < 0.79) { Close(rng, project, ProjectStatus.Withdrawn, cursor); return; }
                    else if (r < 0.85) { if (Hold(rng, project, ref cursor, ref reopened)) continue; return; }
                    else return;
                    break;

                case Stage.Mou:
                    if (r < 0.50) { if (!ToContract(rng, project, estimate, ref cursor, 60, 720, null)) return; }
                    else if (r < 0.53 && !movedBack)
                    {
                        if (!Next(rng, ref cursor, 30, 300)) return;
                        project.MoveTo(new StageMove(Stage.Consulting, Reason: "The MOU's scope is being renegotiated; more consulting is needed."), User(rng), cursor);
                        movedBack = true;
                        BackMoves++;
                        Transitions++;
                    }
                    else if (r < 0.73) { Close(rng, project, ProjectStatus.Lost, cursor); return; }
                    else if (r < 0.83) { Close(rng, project, ProjectStatus.Withdrawn, cursor); return; }
                    else if (r < 0.90) { if (Hold(rng, project, ref cursor, ref reopened)) continue; return; }
                    else return;
                    break;

                case Stage.Contract:
                    if (r < 0.75) { if (!ToMaintenance(rng, project, ref cursor)) return; }
                    else if (r < 0.78) { Close(rng, project, ProjectStatus.Withdrawn, cursor); return; }
                    else if (r < 0.82) { if (Hold(rng, project, ref cursor, ref reopened)) continue; return; }
                    else return; // still being delivered
                    break;

                case Stage.Maintenance:
                    var supportEnds = project.Maintenance!.SupportEndsOn;
                    var completedAt = Moment.At(supportEnds.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));
                    if (completedAt.UtcNow <= _now && r < 0.7)
                    {
                        var at = completedAt;
                        project.ChangeStatus(ProjectStatus.Completed, "Support period ended; the system is run by the partner.", null, null, User(rng), at);
                    }

                    return;
            }
        }
    }

    private bool ToConsulting(Random rng, ExportProject project, ref Moment cursor, int minDays, int maxDays)
    {
        if (!Next(rng, ref cursor, minDays, maxDays)) return false;
        if (rng.NextDouble() < 0.3)
        {
            project.SetFunding([FundingSource.Create(rng.NextDouble() < 0.5 ? FundingSourceKind.KoicaGrant : FundingSourceKind.PartnerBudget,
                decimal.Round(project.EstimatedValueUsd * 0.05m, 0) + 10_000m, 0)], cursor);
        }

        var consulting = ConsultingEngagement.Create((ConsultingType)rng.Next(5), rng.Next(1, 9), (CostBearer)rng.Next(4), cursor.Today.AddDays(rng.Next(0, 60)));
        project.MoveTo(new StageMove(Stage.Consulting, Consulting: consulting), User(rng), cursor);
        Transitions++;
        return true;
    }

    private bool ToMou(Random rng, ExportProject project, CountryRef country, ref Moment cursor, int minDays, int maxDays, string? skipReason)
    {
        if (!Next(rng, ref cursor, minDays, maxDays)) return false;
        if (rng.NextDouble() < 0.5)
        {
            project.SetConsortium(Consortium(rng), cursor);
        }

        var signed = cursor.Today;
        var mou = MouAgreement.Create(
            rng.NextDouble() < 0.5 ? "Minister of the Interior and Safety" : "President, National Information Society Agency",
            $"Minister of ICT, {country.Name}",
            signed,
            $"Cooperation on {Areas[rng.Next(Areas.Length)]} and {Areas[rng.Next(Areas.Length)]}, including experts' visits and training.",
            signed.AddYears(rng.Next(2, 6)),
            signed);
        var skipped = project.Stage < Stage.Consulting;
        project.MoveTo(new StageMove(Stage.Mou, SkipReason: skipped ? skipReason : null, Mou: mou), User(rng), cursor);
        if (skipped) Skips++;
        Transitions++;
        return true;
    }

    private bool ToContract(Random rng, ExportProject project, decimal estimate, ref Moment cursor, int minDays, int maxDays, string? skipReason)
    {
        if (!Next(rng, ref cursor, minDays, maxDays)) return false;
        var value = Math.Max(10_000m, decimal.Round(estimate * (decimal)(0.7 + rng.NextDouble() * 0.35) / 1000m, 0) * 1000m);

        // The gate: the prime contractor must be in the consortium and the funding must cover the value.
        var members = project.Consortium.Count > 0 && project.Consortium.Any(m => m.Role == ConsortiumRole.Prime)
            ? project.Consortium.ToList()
            : Consortium(rng);
        project.SetConsortium(members, cursor);
        if (project.FundingTotal < value)
        {
            project.SetFunding(Funding(rng, Math.Max(value, estimate)), cursor);
        }

        var prime = members.First(m => m.Role == ConsortiumRole.Prime).OrganizationId;
        var signed = cursor.Today;
        var start = signed.AddDays(rng.Next(0, 90));
        var contract = ContractRecord.Create($"C-{project.Code[4..]}-{rng.Next(100, 999)}", signed, value, "USD", prime, start, start.AddDays(rng.Next(180, 1080)));
        var skipped = project.Stage < Stage.Mou;
        project.MoveTo(new StageMove(Stage.Contract, SkipReason: skipped ? skipReason : null, Contract: contract), User(rng), cursor);
        if (skipped) Skips++;
        Transitions++;
        return true;
    }

    private bool ToMaintenance(Random rng, ExportProject project, ref Moment cursor)
    {
        var contract = project.Contract!;
        var accepted = contract.EndOn.AddDays(rng.Next(0, 60));
        var at = Moment.At(accepted.ToDateTime(new TimeOnly(11, rng.Next(60)), DateTimeKind.Utc));
        if (at.UtcNow > _now) return false;
        cursor = at;
        var maintenance = MaintenanceRecord.Create(accepted, accepted.AddDays(rng.Next(365, 1826)),
            decimal.Round(contract.Value * (decimal)(0.05 + rng.NextDouble() * 0.1) / 1000m, 0) * 1000m);
        project.MoveTo(new StageMove(Stage.Maintenance, Maintenance: maintenance), User(rng), cursor);
        Transitions++;
        return true;
    }

    private void Close(Random rng, ExportProject project, ProjectStatus status, Moment cursor)
    {
        if (!Next(rng, ref cursor, 30, 365)) return; // the decision is still to come
        if (status == ProjectStatus.Lost)
        {
            var reason = (LossReason)Weighted(rng, 0.45, 0.3, 0.15, 0.1);
            var lostTo = reason == LossReason.Competitor && rng.NextDouble() < 0.7 ? Competitors[rng.Next(Competitors.Length)] : null;
            project.ChangeStatus(ProjectStatus.Lost, LostReasons[rng.Next(LostReasons.Length)], reason, lostTo, User(rng), cursor);
        }
        else
        {
            project.ChangeStatus(ProjectStatus.Withdrawn, WithdrawnReasons[rng.Next(WithdrawnReasons.Length)], null, null, User(rng), cursor);
        }
    }

    /// <summary>Puts the project on hold; a third are reopened later and go on. True when it goes on.</summary>
    private bool Hold(Random rng, ExportProject project, ref Moment cursor, ref bool reopened)
    {
        if (!Next(rng, ref cursor, 30, 300)) return false;
        project.ChangeStatus(ProjectStatus.OnHold, HoldReasons[rng.Next(HoldReasons.Length)], null, null, User(rng), cursor);
        if (reopened || rng.NextDouble() >= 0.35 || !Next(rng, ref cursor, 60, 400)) return false;
        project.ChangeStatus(ProjectStatus.Active, "The partner confirmed the budget; work resumes.", null, null, User(rng), cursor);
        reopened = true;
        return true;
    }

    /// <summary>Advances the cursor by a random number of days (office hours); false when that is after now.</summary>
    private bool Next(Random rng, ref Moment cursor, int minDays, int maxDays)
    {
        var day = cursor.Today.AddDays(rng.Next(minDays, maxDays + 1));
        var at = day.ToDateTime(new TimeOnly(rng.Next(8, 19), rng.Next(60), rng.Next(60)), DateTimeKind.Utc);
        if (at > _now) return false;
        cursor = Moment.At(at);
        return true;
    }

    private List<ConsortiumMember> Consortium(Random rng)
    {
        var companies = reference.KoreanCompanies;
        var count = Math.Min(companies.Count, 1 + Weighted(rng, 0.25, 0.35, 0.25, 0.15));
        var chosen = Shuffle(companies, rng.Next()).Take(count).ToList();
        var members = new List<ConsortiumMember>();
        var left = 100;
        for (var i = 0; i < chosen.Count; i++)
        {
            // The prime holds 40–80% (all of it when alone); the others split the rest, at least 1% each.
            var othersAfter = chosen.Count - 1 - i;
            var share = i == 0
                ? (chosen.Count == 1 ? 100 : rng.Next(40, 81))
                : othersAfter == 0 ? left : rng.Next(1, left - othersAfter + 1);
            left -= share;
            var role = i == 0 ? ConsortiumRole.Prime : rng.NextDouble() < 0.6 ? ConsortiumRole.Partner : ConsortiumRole.Subcontractor;
            members.Add(ConsortiumMember.Create(chosen[i].Id, role, share, chosen[i].Size == CompanySize.Sme, i));
        }

        return members;
    }

    private static List<FundingSource> Funding(Random rng, decimal total)
    {
        var count = 1 + Weighted(rng, 0.5, 0.35, 0.15);
        var kinds = Enum.GetValues<FundingSourceKind>().OrderBy(_ => rng.Next()).Take(count).ToList();
        var sources = new List<FundingSource>();
        var left = total;
        for (var i = 0; i < kinds.Count; i++)
        {
            var amount = i == kinds.Count - 1 ? left : decimal.Round(left * (decimal)(0.3 + rng.NextDouble() * 0.4), 0);
            if (amount <= 0) break;
            sources.Add(FundingSource.Create(kinds[i], amount, i));
            left -= amount;
        }

        return sources;
    }

    private List<SolutionRef> PickSolutions(Random rng)
    {
        var count = Weighted(rng, 0.08, 0.62, 0.22, 0.08);
        var picked = new List<SolutionRef>();
        for (var tries = 0; picked.Count < count && tries < 20; tries++)
        {
            var s = _solutions.Next(rng);
            if (!picked.Contains(s)) picked.Add(s);
        }

        return picked;
    }

    private Guid PickRequester(Random rng, string countryCode)
    {
        var local = reference.Requesters.Where(o => o.CountryCode == countryCode).ToList();
        return local.Count > 0 && rng.NextDouble() < 0.8
            ? local[rng.Next(local.Count)].Id
            : reference.Requesters[rng.Next(reference.Requesters.Count)].Id;
    }

    private static InquiryChannel Channel(Random rng) => (InquiryChannel)Weighted(rng, 0.25, 0.2, 0.2, 0.12, 0.18, 0.05);

    private static decimal Estimate(Random rng)
    {
        // Log-normal around US$3M: most projects are a few millions, a few are hundreds of millions.
        var normal = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        var usd = Math.Clamp(Math.Exp(Math.Log(3_000_000) + 1.2 * normal), 50_000, 300_000_000);
        return decimal.Round((decimal)usd / 1000m, 0) * 1000m;
    }

    private static string User(Random rng) => Users[rng.Next(Users.Length)];

    private static int Weighted(Random rng, params double[] weights)
    {
        var r = rng.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            r -= weights[i];
            if (r < 0) return i;
        }

        return weights.Length - 1;
    }

    /// <summary>A version-7-shaped id: the opening time's milliseconds, then bits hashed from the seed and code.</summary>
    private Guid ProjectId(string code, DateTime opened)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"egovexport-bench:{seed}:{code}"), hash);
        Span<byte> bytes = stackalloc byte[16];
        var ms = new DateTimeOffset(opened, TimeSpan.Zero).ToUnixTimeMilliseconds();
        BinaryPrimitives.WriteInt64BigEndian(bytes[..8], ms << 16);
        bytes[6] = (byte)(0x70 | (hash[0] & 0x0F));
        bytes[7] = hash[1];
        bytes[8] = (byte)(0x80 | (hash[2] & 0x3F));
        hash.Slice(3, 7).CopyTo(bytes[9..]);
        return new Guid(bytes, bigEndian: true);
    }

    private static List<T> Shuffle<T>(IReadOnlyList<T> items, int seed)
    {
        var list = items.ToList();
        var rng = new Random(seed);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}

/// <summary>Picks items with fixed weights (cumulative table + binary search).</summary>
internal sealed class WeightedPick<T>(IReadOnlyList<T> items, IReadOnlyList<double> weights)
{
    private readonly double[] _cumulative = weights.Select((_, i) => weights.Take(i + 1).Sum()).ToArray();

    public T Next(Random rng)
    {
        var r = rng.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, r);
        return items[i < 0 ? Math.Min(~i, items.Count - 1) : i];
    }
}

internal static class WeightedPick
{
    public static WeightedPick<T> Zipf<T>(IReadOnlyList<T> items, double exponent) =>
        new(items, items.Select((_, i) => 1.0 / Math.Pow(i + 1, exponent)).ToList());
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Common;
using EgovExport.Domain.Projects;
using EgovExport.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EgovExport.Infrastructure.Seeding;

/// <summary>
/// Loads the reference data of seeds/ into the database. Idempotent: a record whose key is already
/// there is left as it is (an administrator may have edited it), so running it again adds only what
/// is missing.
/// </summary>
public sealed partial class ReferenceDataSeeder(EgovExportDbContext db, ILogger<ReferenceDataSeeder> logger)
{
    private const string SeedUser = "seed";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>A stable id for a record whose seed file has none, so every install agrees on it.</summary>
    public static Guid StableId(string kind, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"egovexport:{kind}:{key}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: custom
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    public async Task SeedAsync(string folder, CancellationToken cancellationToken = default)
    {
        var added = 0;
        added += await SeedCountriesAsync(folder, cancellationToken);
        added += await SeedOrganizationsAsync(folder, cancellationToken);
        added += await SeedSolutionsAsync(folder, cancellationToken);
        added += await SeedExportRecordsAsync(folder, cancellationToken);
        added += await SeedProjectsAsync(folder, cancellationToken);
        LogSeeded(added, folder);
    }

    private static async Task<List<T>> ReadAsync<T>(string folder, string file, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            return [];
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<List<T>>(stream, Json, cancellationToken)
               ?? throw new InvalidDataException($"{path} holds no list.");
    }

    private async Task<int> SeedCountriesAsync(string folder, CancellationToken ct)
    {
        var existing = (await db.Countries.Select(c => c.Code).ToListAsync(ct)).ToHashSet();
        var missing = (await ReadAsync<CountrySeed>(folder, "countries.json", ct)).Where(s => !existing.Contains(s.Code.ToUpperInvariant())).ToList();
        db.Countries.AddRange(missing.Select(s => Country.Create(s.Code, s.Alpha3, s.Name, s.NameKo, s.Region)));
        await db.SaveChangesAsync(ct);
        return missing.Count;
    }

    private async Task<int> SeedOrganizationsAsync(string folder, CancellationToken ct)
    {
        var existing = (await db.Organizations.Select(o => o.Id).ToListAsync(ct)).ToHashSet();
        var missing = (await ReadAsync<OrganizationSeed>(folder, "organizations.json", ct)).Where(s => !existing.Contains(s.Id)).ToList();
        db.Organizations.AddRange(missing.Select(s => Organization.Create(s.Id, s.Name, s.NameKo, s.Kind, s.CountryCode, s.Size)));
        await db.SaveChangesAsync(ct);
        return missing.Count;
    }

    private async Task<int> SeedSolutionsAsync(string folder, CancellationToken ct)
    {
        var existing = (await db.Solutions.Select(s => s.Code).ToListAsync(ct)).ToHashSet();
        var missing = (await ReadAsync<SolutionSeed>(folder, "solutions.json", ct)).Where(s => !existing.Contains(s.Code.ToUpperInvariant())).ToList();
        db.Solutions.AddRange(missing.Select(s =>
            Solution.Create(StableId("solution", s.Code.ToUpperInvariant()), s.Code, s.Name, s.NameKo, s.Category, s.OwningAgencyId, s.Description)));
        await db.SaveChangesAsync(ct);
        return missing.Count;
    }

    private async Task<int> SeedExportRecordsAsync(string folder, CancellationToken ct)
    {
        var existing = (await db.ExportRecords.Select(r => r.Year).ToListAsync(ct)).ToHashSet();
        var missing = (await ReadAsync<ExportRecordSeed>(folder, "export-records.json", ct)).Where(s => !existing.Contains(s.Year)).ToList();
        db.ExportRecords.AddRange(missing.Select(s => ExportRecord.Create(s.Year, s.OfficialValueUsd, s.TargetValueUsd)));
        await db.SaveChangesAsync(ct);
        return missing.Count;
    }

    private async Task<int> SeedProjectsAsync(string folder, CancellationToken ct)
    {
        var existing = (await db.Projects.Select(p => p.Code).ToListAsync(ct)).ToHashSet();
        var missing = (await ReadAsync<ProjectSeed>(folder, "projects.json", ct)).Where(s => !existing.Contains(s.Code)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        var solutions = await db.Solutions.ToDictionaryAsync(s => s.Code, s => s.Id, ct);
        var smes = (await db.Organizations.Where(o => o.Size == CompanySize.Sme).Select(o => o.Id).ToListAsync(ct)).ToHashSet();
        foreach (var seed in missing)
        {
            db.Projects.Add(Replay(seed, solutions, smes));
        }

        await db.SaveChangesAsync(ct);
        return missing.Count;
    }

    /// <summary>Builds a sample project by replaying its history through the domain, dated as it happened.</summary>
    internal static ExportProject Replay(ProjectSeed seed, IReadOnlyDictionary<string, Guid> solutionsByCode, IReadOnlySet<Guid> smes)
    {
        var solutionIds = (seed.SolutionIds ?? [])
            .Select(code => solutionsByCode.TryGetValue(code.ToUpperInvariant(), out var id)
                ? id
                : throw new InvalidDataException($"Project {seed.Code} names unknown solution {code}."))
            .ToList();
        var opened = At(seed.Inquiry.ReceivedOn!.Value);
        var details = new ProjectDetails(seed.Title, seed.CountryCode, seed.LeadAgencyId, solutionIds, seed.EstimatedValueUsd, seed.ExpectedDecisionOn, seed.Tags);
        var project = ExportProject.Open(StableId("project", seed.Code), seed.Code, details, seed.Inquiry.ToDomain(solutionIds.Count > 0, opened.Today), SeedUser, opened);

        if (seed.Consortium is { Count: > 0 } consortium)
        {
            project.SetConsortium(consortium.Select((m, i) =>
                ConsortiumMember.Create(m.OrganizationId!.Value, m.Role!.Value, m.SharePercent!.Value, smes.Contains(m.OrganizationId.Value), i)).ToList(), opened);
        }

        if (seed.Funding is { Count: > 0 } funding)
        {
            project.SetFunding(funding.Select((f, i) => FundingSource.Create(f.Source!.Value, f.Amount!.Value, i)).ToList(), opened);
        }

        var last = opened;
        foreach (var t in seed.Transitions ?? [])
        {
            last = At(t.On);
            var move = new StageMove(t.ToStage, t.Reason, t.SkipReason, t.Consulting?.ToDomain(), t.Mou?.ToDomain(last.Today), t.Contract?.ToDomain(), t.Maintenance?.ToDomain());
            project.MoveTo(move, SeedUser, last);
        }

        if (seed.Status is { Status: not ProjectStatus.Active } status)
        {
            project.ChangeStatus(status.Status, status.Reason, status.LossReason, status.LostToCountryCode, SeedUser, last);
        }

        return project;
    }

    private static Moment At(DateOnly day) => Moment.At(day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Added} missing reference records from {Folder}")]
    private partial void LogSeeded(int added, string folder);
}

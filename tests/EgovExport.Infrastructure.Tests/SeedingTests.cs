using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;
using EgovExport.Infrastructure.Persistence;
using EgovExport.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace EgovExport.Infrastructure.Tests;

/// <summary>The reference data of seeds/ loads into a migrated database, completely and idempotently.</summary>
public sealed class SeedingTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private SqliteEgovExportDbContext _db = null!;

    public static string SeedsFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EgovExport.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("repository root"), "seeds");
        }
    }

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new SqliteEgovExportDbContext(new DbContextOptionsBuilder<SqliteEgovExportDbContext>().UseSqlite(_connection).Options);
        await _db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private Task SeedAsync() => new ReferenceDataSeeder(_db, NullLogger<ReferenceDataSeeder>.Instance).SeedAsync(SeedsFolder);

    [Fact]
    public async Task Seeding_twice_adds_nothing_the_second_time()
    {
        await SeedAsync();
        var counts = await CountsAsync();
        _db.ChangeTracker.Clear();
        await SeedAsync();
        Assert.Equal(counts, await CountsAsync());
        Assert.True(counts.Projects > 0);
    }

    [Fact]
    public async Task Seeding_keeps_an_administrators_edit()
    {
        await SeedAsync();
        var kuwait = await _db.Countries.SingleAsync(c => c.Code == "KW");
        kuwait.Update("KWT", "State of Kuwait", "쿠웨이트", Region.ArabStates);
        await _db.SaveChangesAsync();
        _db.ChangeTracker.Clear();
        await SeedAsync();
        Assert.Equal("State of Kuwait", (await _db.Countries.AsNoTracking().SingleAsync(c => c.Code == "KW")).Name);
    }

    [Fact]
    public async Task The_seeds_hold_every_un_member_state_and_the_countries_the_documents_name()
    {
        await SeedAsync();
        Assert.True(await _db.Countries.CountAsync() >= 193);
        string[] named = ["KW", "BN", "HN", "PA", "DO", "PE", "UZ", "MN", "VN", "ID", "BR", "TR", "AE", "RU", "CI", "EC", "JP", "SG", "KR"];
        var present = await _db.Countries.Where(c => named.Contains(c.Code)).Select(c => c.Code).ToListAsync();
        Assert.Equal(named.Order(), present.Order());
        var regions = await _db.Countries.Select(c => c.Region).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<Region>().Order(), regions.Order());
    }

    [Fact]
    public async Task The_seeds_hold_the_solution_catalog_and_sized_korean_companies()
    {
        await SeedAsync();
        var categories = await _db.Solutions.Select(s => s.Category).Distinct().CountAsync();
        Assert.True(await _db.Solutions.CountAsync() >= 15);
        Assert.True(categories >= 8);
        var companies = await _db.Organizations.Where(o => o.Kind == OrganizationKind.KoreanCompany).ToListAsync();
        Assert.All(companies, c => Assert.NotNull(c.Size));
        Assert.Contains(companies, c => c.Size == CompanySize.Sme);
    }

    [Fact]
    public async Task Sample_projects_are_replayed_through_the_domain_with_their_history()
    {
        await SeedAsync();
        var kuwait = await _db.Projects.AsNoTracking().SingleAsync(p => p.CountryCode == "KW");
        Assert.Equal(8, kuwait.ConsultingEngagements.Single().PlannedRounds);
        var transitions = await _db.StageTransitions.Where(t => t.ProjectId == kuwait.Id).CountAsync();
        Assert.Equal((int)kuwait.Stage, transitions);
        Assert.True(await _db.Projects.AnyAsync(p => p.Stage == Stage.Maintenance));
        Assert.True(await _db.Projects.AnyAsync(p => p.Status == ProjectStatus.Lost));
    }

    [Fact]
    public void Stable_ids_do_not_change_between_installs()
    {
        Assert.Equal(ReferenceDataSeeder.StableId("solution", "UNIPASS"), ReferenceDataSeeder.StableId("solution", "UNIPASS"));
        Assert.NotEqual(ReferenceDataSeeder.StableId("solution", "UNIPASS"), ReferenceDataSeeder.StableId("solution", "KONEPS"));
        Assert.Equal(8, ReferenceDataSeeder.StableId("solution", "UNIPASS").Version);
    }

    private async Task<(int Countries, int Organizations, int Solutions, int Records, int Projects, int Transitions)> CountsAsync() => (
        await _db.Countries.CountAsync(), await _db.Organizations.CountAsync(), await _db.Solutions.CountAsync(),
        await _db.ExportRecords.CountAsync(), await _db.Projects.CountAsync(), await _db.StageTransitions.CountAsync());
}

using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Domain.Access;
using EgovExport.Domain.Common;
using EgovExport.Domain.Projects;
using EgovExport.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EgovExport.Infrastructure.Tests;

/// <summary>
/// The version is checked by the database too: two writers that both loaded version N cannot both
/// save, even when neither saw the other's change before writing.
/// </summary>
public sealed class ConcurrencyTokenTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"egov-concurrency-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:EgovExport"] = $"Data Source={_file};Pooling=False",
            ["Database:SeedsPath"] = SeedingTests.SeedsFolder,
        }).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton<ICurrentUser, SystemUser>().AddInfrastructure(configuration).BuildServiceProvider();
        await _services.InitializeDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Fact]
    public async Task The_second_of_two_writers_from_one_version_is_refused_by_the_database()
    {
        var id = await SeededProjectIdAsync();
        using var first = _services.CreateScope();
        using var second = _services.CreateScope();
        var firstStore = first.ServiceProvider.GetRequiredService<Application.Common.Abstractions.IWriteStore>();
        var secondStore = second.ServiceProvider.GetRequiredService<Application.Common.Abstractions.IWriteStore>();
        var a = (await firstStore.FindProjectAsync(id, default))!;
        var b = (await secondStore.FindProjectAsync(id, default))!;
        Assert.Equal(a.Version, b.Version);

        var now = Moment.At(DateTime.UtcNow);
        a.ChangeStatus(ProjectStatus.OnHold, "Waiting for the budget", null, null, "first", now);
        b.ChangeStatus(ProjectStatus.Withdrawn, "The partner withdrew", null, null, "second", now);
        await firstStore.SaveChangesAsync(default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => secondStore.SaveChangesAsync(default));
        using var check = _services.CreateScope();
        var stored = await check.ServiceProvider.GetRequiredService<EgovExportDbContext>().Projects.AsNoTracking().SingleAsync(p => p.Id == id);
        Assert.Equal(ProjectStatus.OnHold, stored.Status);
    }

    private async Task<Guid> SeededProjectIdAsync()
    {
        using var scope = _services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EgovExportDbContext>().Projects
            .Where(p => p.Status == ProjectStatus.Active).Select(p => p.Id).FirstAsync();
    }
}

/// <summary>The caller outside any request: the application itself.</summary>
internal sealed class SystemUser : ICurrentUser
{
    public Actor Actor => Actor.System;

    public string? RequestId => null;
}

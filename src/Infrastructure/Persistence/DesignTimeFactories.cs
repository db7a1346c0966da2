using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EgovExport.Infrastructure.Persistence;

// Used by `dotnet ef migrations add` only: each provider's context with a placeholder connection
// (generating a migration never connects).

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEgovExportDbContext>
{
    public SqliteEgovExportDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteEgovExportDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlEgovExportDbContext>
{
    public PostgreSqlEgovExportDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlEgovExportDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerEgovExportDbContext>
{
    public SqlServerEgovExportDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerEgovExportDbContext>().UseSqlServer("Server=localhost;Database=design;Trusted_Connection=True;TrustServerCertificate=True").Options);
}

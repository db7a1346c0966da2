using System.Data.Common;
using EgovExport.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EgovExport.Benchmarks;

/// <summary>The provider's DbContext and raw connection, built the way src/Infrastructure builds them.</summary>
internal sealed class Databases(DatabaseProvider provider, string connection)
{
    public DatabaseProvider Provider { get; } = provider;

    public string Connection { get; } = connection;

    public static Databases FromArgs(Args args)
    {
        var provider = Enum.Parse<DatabaseProvider>(args.Get("provider", "Sqlite"), ignoreCase: true);
        var connection = args.Get("connection") ?? (provider == DatabaseProvider.Sqlite
            ? "Data Source=data/egovexport.db"
            : throw new ArgumentException($"--connection is required for {provider}."));
        if (provider == DatabaseProvider.Sqlite)
        {
            var b = new SqliteConnectionStringBuilder(connection);
            if (!string.IsNullOrEmpty(b.DataSource) && b.DataSource != ":memory:")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(b.DataSource))!);
            }
        }

        return new Databases(provider, connection);
    }

    public EgovExportDbContext CreateContext()
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                return new SqliteEgovExportDbContext(new DbContextOptionsBuilder<SqliteEgovExportDbContext>().UseSqlite(Connection).Options);
            case DatabaseProvider.PostgreSql:
                return new PostgreSqlEgovExportDbContext(new DbContextOptionsBuilder<PostgreSqlEgovExportDbContext>().UseNpgsql(Connection).Options);
            case DatabaseProvider.SqlServer:
                return new SqlServerEgovExportDbContext(new DbContextOptionsBuilder<SqlServerEgovExportDbContext>().UseSqlServer(Connection).Options);
            default:
                throw new ArgumentOutOfRangeException(nameof(Provider));
        }
    }

    public DbConnection CreateConnection() => Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(Connection),
        DatabaseProvider.PostgreSql => new NpgsqlConnection(Connection),
        DatabaseProvider.SqlServer => new SqlConnection(Connection),
        _ => throw new ArgumentOutOfRangeException(nameof(Provider)),
    };

    /// <summary>How the provider stores a Guid key: EF's SQLite provider keeps it as upper-case TEXT.</summary>
    public object KeyParameter(Guid id) => Provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id;

    public string Quote(string identifier) => Provider == DatabaseProvider.SqlServer ? $"[{identifier}]" : $"\"{identifier}\"";
}

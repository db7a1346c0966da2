using EgovExport.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace EgovExport.Infrastructure.Tests;

/// <summary>
/// Migrations exist for every provider and match the model. SQL Server cannot run here, so its
/// migration script is generated and parsed with Microsoft's T-SQL parser: invalid T-SQL fails.
/// </summary>
public sealed class MigrationTests
{
    private static SqlServerEgovExportDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerEgovExportDbContext>().UseSqlServer("Server=unused;Database=unused;TrustServerCertificate=True").Options);

    private static PostgreSqlEgovExportDbContext PostgreSql() =>
        new(new DbContextOptionsBuilder<PostgreSqlEgovExportDbContext>().UseNpgsql("Host=unused;Database=unused").Options);

    private static SqliteEgovExportDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<SqliteEgovExportDbContext>().UseSqlite("Data Source=:memory:").Options);

    public static TheoryData<string> Providers => ["Sqlite", "PostgreSql", "SqlServer"];

    private static EgovExportDbContext Context(string provider) => provider switch
    {
        "Sqlite" => Sqlite(),
        "PostgreSql" => PostgreSql(),
        _ => SqlServer(),
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_provider_has_migrations_that_match_the_model(string provider)
    {
        using var db = Context(provider);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: add a migration (see docs/architecture.md).");
    }

    [Fact]
    public void The_sql_server_migration_script_is_valid_t_sql()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [Projects]", script);

        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));

        // The idempotent script wraps each migration in IF blocks: walk the whole tree.
        var found = new StatementCollector();
        fragment.Accept(found);
        Assert.Contains("Projects", found.Tables);
        Assert.Contains("StageTransitions", found.Tables);
        Assert.True(found.Indexes > 10, $"only {found.Indexes} CREATE INDEX statements");
    }

    private sealed class StatementCollector : TSqlFragmentVisitor
    {
        public List<string> Tables { get; } = [];

        public int Indexes { get; private set; }

        public override void Visit(CreateTableStatement node) => Tables.Add(node.SchemaObjectName.BaseIdentifier.Value);

        public override void Visit(CreateIndexStatement node) => Indexes++;
    }

    [Fact]
    public void The_t_sql_check_rejects_broken_t_sql()
    {
        // Guards the test above: the parser really reports errors.
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        parser.Parse(new StringReader("CREATE TABLE [Broken] ([Id] uniqueidentifier NOT NULL,, PRIMARY KEY);"), out var errors);
        Assert.NotEmpty(errors);
    }
}

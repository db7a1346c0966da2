namespace EgovExport.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>
/// <c>Database:Provider</c> chooses the provider; <c>ConnectionStrings:EgovExport</c> the database.
/// Environment variables override both (<c>Database__Provider</c>, <c>ConnectionStrings__EgovExport</c>).
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The embedded default: a SQLite file in the data folder of the working directory (src/Api with <c>dotnet run</c>).</summary>
    public const string DefaultSqliteConnection = "Data Source=data/egovexport.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the API starts (set false where a release step runs <c>migrate</c>).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Load missing reference data from <see cref="SeedsPath"/> after migrating.</summary>
    public bool SeedOnStartup { get; set; } = true;

    /// <summary>Folder of the seed files; relative paths are taken from the application's folder.</summary>
    public string SeedsPath { get; set; } = "seeds";
}

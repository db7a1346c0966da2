namespace EgovExport.Domain.Access;

/// <summary>What a person does in the control tower (DOMAIN.md, "Who uses it"). A user may hold several.</summary>
public enum Role
{
    /// <summary>The control tower: everything, including users, API clients and the audit trail.</summary>
    Administrator,

    /// <summary>Staff of a Korean agency: creates projects and edits those its agency leads.</summary>
    AgencyOfficer,

    /// <summary>Staff of a Korean IT company: reads and edits the projects its company is a consortium member of.</summary>
    CompanyMember,

    /// <summary>Researchers, auditors, leadership: reads everything, changes nothing.</summary>
    Analyst,
}

/// <summary>What a use case needs. Each request of the application declares exactly one.</summary>
public enum Permission
{
    /// <summary>Countries, organizations, solutions, export records: every signed-in caller.</summary>
    ReadCatalog,

    /// <summary>Change reference data.</summary>
    WriteCatalog,

    /// <summary>Read projects, limited to the caller's project scope.</summary>
    ReadProjects,

    /// <summary>Open a project (as lead agency the caller may lead).</summary>
    CreateProjects,

    /// <summary>Change a project, limited to the caller's edit scope.</summary>
    EditProjects,

    /// <summary>Users and API clients.</summary>
    Administer,

    /// <summary>Read the audit trail.</summary>
    ReadAudit,

    /// <summary>A signed-in person's own profile and two-factor settings.</summary>
    ManageOwnAccount,
}

/// <summary>The scopes a partner system's client may hold; each grants permissions, not roles.</summary>
public static class Scopes
{
    public const string ProjectsRead = "projects:read";
    public const string ProjectsWrite = "projects:write";
    public const string CatalogWrite = "catalog:write";
    public const string AuditRead = "audit:read";

    /// <summary>Lets a client act as an administrator.</summary>
    public const string Admin = "admin";

    /// <summary>Every scope an API client may be given.</summary>
    public static readonly IReadOnlyList<string> All = [ProjectsRead, ProjectsWrite, CatalogWrite, AuditRead, Admin];
}

using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;

namespace EgovExport.Domain.Tests.Access;

/// <summary>
/// The callers of the access tests: one Korean agency, a second agency, a Korean company, a second
/// company, and people and partner systems bound (or not) to them.
/// </summary>
internal static class Actors
{
    public static readonly Guid Agency = Guid.Parse("0199b000-0000-7000-8000-000000000001");
    public static readonly Guid OtherAgency = Guid.Parse("0199b000-0000-7000-8000-000000000002");
    public static readonly Guid Company = Guid.Parse("0199b000-0000-7000-8000-000000000003");
    public static readonly Guid OtherCompany = Guid.Parse("0199b000-0000-7000-8000-000000000004");
    public static readonly Guid ForeignBody = Guid.Parse("0199b000-0000-7000-8000-000000000005");

    public static Actor User(Guid? organizationId, OrganizationKind? kind, params Role[] roles) =>
        new(ActorKind.User, Guid.CreateVersion7().ToString(), "someone@example.kr", new HashSet<Role>(roles), new HashSet<string>(), organizationId, kind);

    public static Actor Administrator() => User(null, null, Role.Administrator);

    public static Actor Analyst() => User(null, null, Role.Analyst);

    public static Actor Officer(Guid? agencyId = null) => User(agencyId ?? Agency, OrganizationKind.KoreanGovernmentAgency, Role.AgencyOfficer);

    public static Actor Member(Guid? companyId = null) => User(companyId ?? Company, OrganizationKind.KoreanCompany, Role.CompanyMember);

    public static Actor NoRoles() => User(null, null);

    public static Actor Client(Guid? organizationId, OrganizationKind? kind, params string[] scopes) =>
        new(ActorKind.Client, "partner-system", "partner-system", new HashSet<Role>(), new HashSet<string>(scopes), organizationId, kind);

    public static Actor UnboundClient(params string[] scopes) => Client(null, null, scopes);

    public static Actor AgencyClient(params string[] scopes) => Client(Agency, OrganizationKind.KoreanGovernmentAgency, scopes);

    public static Actor CompanyClient(params string[] scopes) => Client(Company, OrganizationKind.KoreanCompany, scopes);

    /// <summary>Every permission, to check a caller against the whole list at once.</summary>
    public static readonly Permission[] AllPermissions = Enum.GetValues<Permission>();

    /// <summary>Everything but a person's own account settings: what administrators that are not people get.</summary>
    public static readonly Permission[] AllButOwnAccount = AllPermissions.Where(p => p != Permission.ManageOwnAccount).ToArray();

    /// <summary>The permissions <paramref name="actor"/> is allowed, in declaration order.</summary>
    public static Permission[] Allowed(Actor actor) => AllPermissions.Where(p => AccessPolicy.Allows(actor, p)).ToArray();
}

using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Behaviors;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Common.Security;
using EgovExport.Application.Countries.Common;
using EgovExport.Application.Countries.ListCountries;
using EgovExport.Application.Projects.Common;
using EgovExport.Application.Projects.CreateProject;
using EgovExport.Application.Projects.GetProject;
using EgovExport.Application.Projects.UpdateProject;
using EgovExport.Application.Users.Common;
using EgovExport.Application.Users.ListUsers;
using EgovExport.Domain.Access;
using EgovExport.Domain.Catalog;
using EgovExport.Domain.Projects;
using Mediator;
using NSubstitute;

namespace EgovExport.Application.Tests.Common;

/// <summary>
/// <see cref="AuthorizationBehavior{TMessage, TResponse}"/>: the permission a request declares, then the
/// project it is about and the lead agency it names, decided before the handler runs.
/// </summary>
public sealed class AuthorizationBehaviorTests
{
    private static readonly Guid Agency = TestDoubles.Nia;
    private static readonly Guid OtherAgency = Guid.Parse("0199c000-0000-7000-8000-000000000002");
    private static readonly Guid Company = Guid.Parse("0199c000-0000-7000-8000-000000000003");
    private static readonly Guid OtherCompany = Guid.Parse("0199c000-0000-7000-8000-000000000004");

    /// <summary>Led by the agency; the other company is its consortium.</summary>
    private static readonly Guid AgencysProject = Guid.Parse("0199c000-0000-7000-8000-0000000000a1");

    /// <summary>Led by the other agency; the company is a consortium member.</summary>
    private static readonly Guid CompanysProject = Guid.Parse("0199c000-0000-7000-8000-0000000000a2");

    /// <summary>Led by the other agency; only the other company takes part.</summary>
    private static readonly Guid StrangersProject = Guid.Parse("0199c000-0000-7000-8000-0000000000a3");

    private static readonly Guid UnknownProject = Guid.Parse("0199c000-0000-7000-8000-0000000000ff");

    private readonly IReadStore _store = Substitute.For<IReadStore>();

    public AuthorizationBehaviorTests()
    {
        _store.ProjectAccessFactsAsync(AgencysProject, Arg.Any<CancellationToken>()).Returns(new ProjectAccessFacts(Agency, [OtherCompany]));
        _store.ProjectAccessFactsAsync(CompanysProject, Arg.Any<CancellationToken>()).Returns(new ProjectAccessFacts(OtherAgency, [OtherCompany, Company]));
        _store.ProjectAccessFactsAsync(StrangersProject, Arg.Any<CancellationToken>()).Returns(new ProjectAccessFacts(OtherAgency, [OtherCompany]));
        _store.ProjectAccessFactsAsync(UnknownProject, Arg.Any<CancellationToken>()).Returns((ProjectAccessFacts?)null);
    }

    // ---- callers ----

    private static Actor Person(Guid? organizationId, OrganizationKind? kind, params Role[] roles) =>
        new(ActorKind.User, Guid.CreateVersion7().ToString(), "someone@example.kr", new HashSet<Role>(roles), new HashSet<string>(), organizationId, kind);

    private static Actor Administrator => Person(null, null, Role.Administrator);

    private static Actor Analyst => Person(null, null, Role.Analyst);

    private static Actor Officer => Person(Agency, OrganizationKind.KoreanGovernmentAgency, Role.AgencyOfficer);

    private static Actor Member => Person(Company, OrganizationKind.KoreanCompany, Role.CompanyMember);

    private static Actor Client(Guid? organizationId, OrganizationKind? kind, params string[] scopes) =>
        new(ActorKind.Client, "partner", "partner", new HashSet<Role>(), new HashSet<string>(scopes), organizationId, kind);

    // ---- requests ----

    private static GetProjectQuery Get(Guid project) => new(project);

    private static UpdateProjectCommand Update(Guid project, Guid? leadAgency) =>
        new("Brunei e-government consulting", "BN", leadAgency, [], 1_000_000m, null) { Id = project, ExpectedVersion = 3 };

    private static CreateProjectCommand Create(Guid? leadAgency) => new(
        "Brunei e-government consulting", "BN", leadAgency, [], 1_000_000m, null,
        new InquiryInput(InquiryChannel.DelegationVisit, new DateOnly(2026, 10, 1), OtherCompany, ["e-government strategy"]));

    /// <summary>A request type that forgot its <see cref="RequiresAttribute"/>.</summary>
    private sealed record UndeclaredQuery(int Value) : IQuery<int>;

    /// <summary>The rest of the pipeline: records whether, and with what, it was called.</summary>
    private sealed class Next<TMessage, TResponse>(TResponse response)
        where TMessage : notnull, IMessage
    {
        public int Calls { get; private set; }

        public TMessage? Received { get; private set; }

        public MessageHandlerDelegate<TMessage, TResponse> Delegate => (message, _) =>
        {
            Calls++;
            Received = message;
            return ValueTask.FromResult(response);
        };
    }

    private AuthorizationBehavior<TMessage, TResponse> Behavior<TMessage, TResponse>(Actor actor)
        where TMessage : notnull, IMessage => new(TestDoubles.As(actor), _store);

    /// <summary>Runs <paramref name="message"/> through the behaviour as <paramref name="actor"/>; returns how often the handler was reached.</summary>
    private async Task<int> Run<TMessage, TResponse>(Actor actor, TMessage message, TResponse response = default!)
        where TMessage : class, IMessage
    {
        var next = new Next<TMessage, TResponse>(response);
        var result = await Behavior<TMessage, TResponse>(actor).Handle(message, next.Delegate, CancellationToken.None);
        if (next.Calls > 0)
        {
            Assert.Same(message, next.Received);
            Assert.Equal(response, result);
        }

        return next.Calls;
    }

    /// <summary>Expects <typeparamref name="TException"/> and that the handler was not reached.</summary>
    private async Task<TException> Refused<TException, TMessage, TResponse>(Actor actor, TMessage message)
        where TException : Exception
        where TMessage : notnull, IMessage
    {
        var next = new Next<TMessage, TResponse>(default!);
        var exception = await Assert.ThrowsAsync<TException>(
            () => Behavior<TMessage, TResponse>(actor).Handle(message, next.Delegate, CancellationToken.None).AsTask());
        Assert.Equal(0, next.Calls);
        return exception;
    }

    private Task<ProjectAccessFacts?> DidNotLookUpFacts() => _store.DidNotReceiveWithAnyArgs().ProjectAccessFactsAsync(default, default);

    // ---- not signed in ----

    [Fact]
    public async Task Anonymous_is_asked_to_sign_in_and_the_handler_is_not_called()
    {
        await Refused<AuthenticationRequiredException, GetProjectQuery, ProjectDto>(Actor.Anonymous, Get(AgencysProject));
        await DidNotLookUpFacts();
    }

    [Fact]
    public async Task Anonymous_may_not_even_read_the_catalog() =>
        await Refused<AuthenticationRequiredException, ListCountriesQuery, PagedResult<CountryDto>>(Actor.Anonymous, new ListCountriesQuery());

    [Fact]
    public async Task Anonymous_claiming_the_administrator_role_is_still_asked_to_sign_in()
    {
        var anonymous = new Actor(ActorKind.Anonymous, "x", "x", new HashSet<Role> { Role.Administrator }, new HashSet<string> { Scopes.Admin });

        await Refused<AuthenticationRequiredException, ListUsersQuery, PagedResult<UserDto>>(anonymous, new ListUsersQuery());
    }

    // ---- a request that declares nothing ----

    [Fact]
    public async Task A_request_without_a_declared_permission_is_refused_even_for_an_administrator()
    {
        var error = await Refused<InvalidOperationException, UndeclaredQuery, int>(Administrator, new UndeclaredQuery(1));

        Assert.Contains(nameof(UndeclaredQuery), error.Message);
        Assert.Null(Declared.For(typeof(UndeclaredQuery)));
    }

    [Fact]
    public async Task A_request_without_a_declared_permission_is_refused_before_the_caller_is_even_asked_to_sign_in() =>
        await Refused<InvalidOperationException, UndeclaredQuery, int>(Actor.Anonymous, new UndeclaredQuery(1));

    [Fact]
    public void Real_requests_declare_the_permission_they_need()
    {
        Assert.Equal(Permission.ReadProjects, Declared.For(typeof(GetProjectQuery)));
        Assert.Equal(Permission.EditProjects, Declared.For(typeof(UpdateProjectCommand)));
        Assert.Equal(Permission.CreateProjects, Declared.For(typeof(CreateProjectCommand)));
        Assert.Equal(Permission.Administer, Declared.For(typeof(ListUsersQuery)));
        Assert.Equal(Permission.ReadCatalog, Declared.For(typeof(ListCountriesQuery)));
    }

    // ---- the permission ----

    [Fact]
    public async Task Every_signed_in_caller_reads_the_catalog()
    {
        var page = new PagedResult<CountryDto>([], 1, 25, 0);

        Assert.Equal(1, await Run(Person(null, null), new ListCountriesQuery(), page));
        Assert.Equal(1, await Run(Member, new ListCountriesQuery(), page));
        Assert.Equal(1, await Run(Client(null, null), new ListCountriesQuery(), page));
        await DidNotLookUpFacts();
    }

    [Fact]
    public async Task Only_administrators_list_users()
    {
        var page = new PagedResult<UserDto>([], 1, 25, 0);

        Assert.Equal(1, await Run(Administrator, new ListUsersQuery(), page));
        Assert.Equal(1, await Run(Client(null, null, Scopes.Admin), new ListUsersQuery(), page));
        await Refused<ForbiddenAccessException, ListUsersQuery, PagedResult<UserDto>>(Officer, new ListUsersQuery());
        await Refused<ForbiddenAccessException, ListUsersQuery, PagedResult<UserDto>>(Member, new ListUsersQuery());
        await Refused<ForbiddenAccessException, ListUsersQuery, PagedResult<UserDto>>(Analyst, new ListUsersQuery());
        await Refused<ForbiddenAccessException, ListUsersQuery, PagedResult<UserDto>>(Client(null, null, Scopes.ProjectsWrite, Scopes.CatalogWrite, Scopes.AuditRead), new ListUsersQuery());
    }

    [Fact]
    public async Task An_analyst_may_not_edit_a_project_and_no_facts_are_looked_up()
    {
        var error = await Refused<ForbiddenAccessException, UpdateProjectCommand, ProjectDto>(Analyst, Update(AgencysProject, Agency));

        Assert.Contains("Analyst", error.Message);
        await DidNotLookUpFacts();
    }

    [Fact]
    public async Task A_company_member_may_not_open_a_project_even_naming_an_agency()
    {
        await Refused<ForbiddenAccessException, CreateProjectCommand, ProjectDto>(Member, Create(Agency));
        await DidNotLookUpFacts();
    }

    [Fact]
    public async Task A_client_with_only_projects_read_may_not_edit_a_project()
    {
        var error = await Refused<ForbiddenAccessException, UpdateProjectCommand, ProjectDto>(Client(null, null, Scopes.ProjectsRead), Update(AgencysProject, Agency));

        Assert.Contains(Scopes.ProjectsRead, error.Message);
        await DidNotLookUpFacts();
    }

    [Fact]
    public async Task A_company_bound_client_may_not_open_a_project() =>
        await Refused<ForbiddenAccessException, CreateProjectCommand, ProjectDto>(
            Client(Company, OrganizationKind.KoreanCompany, Scopes.ProjectsWrite), Create(Agency));

    // ---- reading one project ----

    [Fact]
    public async Task A_company_member_reading_a_project_outside_its_consortium_is_told_it_does_not_exist()
    {
        var error = await Refused<NotFoundException, GetProjectQuery, ProjectDto>(Member, Get(StrangersProject));

        Assert.Equal("Project", error.Resource);
        Assert.Contains(StrangersProject.ToString(), error.Message);
    }

    [Fact]
    public async Task A_company_member_reads_a_project_its_company_takes_part_in()
    {
        Assert.Equal(1, await Run<GetProjectQuery, ProjectDto>(Member, Get(CompanysProject)));
        await _store.Received(1).ProjectAccessFactsAsync(CompanysProject, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_company_member_reading_an_unknown_project_reaches_the_handler_which_answers_404() =>
        Assert.Equal(1, await Run<GetProjectQuery, ProjectDto>(Member, Get(UnknownProject)));

    [Fact]
    public async Task A_client_bound_to_a_company_reads_only_its_consortiums_projects()
    {
        var client = Client(Company, OrganizationKind.KoreanCompany, Scopes.ProjectsRead);

        Assert.Equal(1, await Run<GetProjectQuery, ProjectDto>(client, Get(CompanysProject)));
        await Refused<NotFoundException, GetProjectQuery, ProjectDto>(client, Get(AgencysProject));
    }

    // ---- callers who see everything never cost a query ----

    [Fact]
    public async Task An_administrator_reads_any_project_without_a_look_up()
    {
        Assert.Equal(1, await Run<GetProjectQuery, ProjectDto>(Administrator, Get(StrangersProject)));
        await DidNotLookUpFacts();
    }

    [Fact]
    public async Task An_administrator_edits_and_hands_over_any_project_without_a_look_up()
    {
        Assert.Equal(1, await Run<UpdateProjectCommand, ProjectDto>(Administrator, Update(StrangersProject, Agency)));
        Assert.Equal(1, await Run<CreateProjectCommand, ProjectDto>(Administrator, Create(OtherAgency)));
        await DidNotLookUpFacts();
    }

    [Fact]
    public async Task An_analyst_reads_any_project_without_a_look_up()
    {
        Assert.Equal(1, await Run<GetProjectQuery, ProjectDto>(Analyst, Get(StrangersProject)));
        await DidNotLookUpFacts();
    }

    [Fact]
    public async Task An_agency_officer_reads_another_agencys_project_without_a_look_up()
    {
        Assert.Equal(1, await Run<GetProjectQuery, ProjectDto>(Officer, Get(StrangersProject)));
        await DidNotLookUpFacts();
    }

    [Fact]
    public async Task An_unbound_client_with_projects_write_edits_any_project_without_a_look_up()
    {
        Assert.Equal(1, await Run<UpdateProjectCommand, ProjectDto>(Client(null, null, Scopes.ProjectsWrite), Update(StrangersProject, OtherAgency)));
        await DidNotLookUpFacts();
    }

    // ---- editing one project ----

    [Fact]
    public async Task An_agency_officer_editing_another_agencys_project_is_forbidden()
    {
        var error = await Refused<ForbiddenAccessException, UpdateProjectCommand, ProjectDto>(Officer, Update(StrangersProject, OtherAgency));

        Assert.Contains("agency leads", error.Message);
    }

    [Fact]
    public async Task An_agency_officer_edits_a_project_its_agency_leads()
    {
        Assert.Equal(1, await Run<UpdateProjectCommand, ProjectDto>(Officer, Update(AgencysProject, Agency)));
        await _store.Received(1).ProjectAccessFactsAsync(AgencysProject, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task An_agency_officer_may_not_hand_its_project_to_another_agency()
    {
        var error = await Refused<ForbiddenAccessException, UpdateProjectCommand, ProjectDto>(Officer, Update(AgencysProject, OtherAgency));

        Assert.Contains("own agency", error.Message);
    }

    [Fact]
    public async Task A_company_member_updates_a_project_it_takes_part_in_keeping_the_lead_agency() =>
        Assert.Equal(1, await Run<UpdateProjectCommand, ProjectDto>(Member, Update(CompanysProject, OtherAgency)));

    [Fact]
    public async Task A_company_member_may_not_change_the_lead_agency_of_its_consortiums_project()
    {
        await Refused<ForbiddenAccessException, UpdateProjectCommand, ProjectDto>(Member, Update(CompanysProject, Agency));
        await Refused<ForbiddenAccessException, UpdateProjectCommand, ProjectDto>(Member, Update(CompanysProject, Company));
    }

    [Fact]
    public async Task A_company_member_editing_a_project_outside_its_consortium_is_told_it_does_not_exist() =>
        await Refused<NotFoundException, UpdateProjectCommand, ProjectDto>(Member, Update(StrangersProject, OtherAgency));

    [Fact]
    public async Task An_agency_bound_client_edits_only_what_its_agency_leads()
    {
        var client = Client(Agency, OrganizationKind.KoreanGovernmentAgency, Scopes.ProjectsWrite);

        Assert.Equal(1, await Run<UpdateProjectCommand, ProjectDto>(client, Update(AgencysProject, Agency)));
        Assert.Equal(1, await Run<GetProjectQuery, ProjectDto>(client, Get(StrangersProject)));
        var error = await Refused<ForbiddenAccessException, UpdateProjectCommand, ProjectDto>(client, Update(StrangersProject, OtherAgency));
        Assert.Contains("client", error.Message);
    }

    [Fact]
    public async Task An_agency_officer_updating_an_unknown_project_as_its_own_agency_reaches_the_handler_which_answers_404() =>
        Assert.Equal(1, await Run<UpdateProjectCommand, ProjectDto>(Officer, Update(UnknownProject, Agency)));

    // ---- opening a project ----

    [Fact]
    public async Task An_agency_officer_opens_a_project_led_by_its_own_agency_without_a_look_up()
    {
        Assert.Equal(1, await Run<CreateProjectCommand, ProjectDto>(Officer, Create(Agency)));
        await DidNotLookUpFacts();
    }

    [Fact]
    public async Task An_agency_officer_creating_a_project_for_another_lead_agency_is_forbidden()
    {
        var error = await Refused<ForbiddenAccessException, CreateProjectCommand, ProjectDto>(Officer, Create(OtherAgency));

        Assert.Contains("own agency", error.Message);
    }

    [Fact]
    public async Task An_agency_bound_client_opens_projects_only_for_its_agency()
    {
        var client = Client(Agency, OrganizationKind.KoreanGovernmentAgency, Scopes.ProjectsWrite);

        Assert.Equal(1, await Run<CreateProjectCommand, ProjectDto>(client, Create(Agency)));
        await Refused<ForbiddenAccessException, CreateProjectCommand, ProjectDto>(client, Create(OtherAgency));
    }

    [Fact]
    public async Task An_unbound_client_with_projects_write_opens_a_project_for_any_agency() =>
        Assert.Equal(1, await Run<CreateProjectCommand, ProjectDto>(Client(null, null, Scopes.ProjectsWrite), Create(OtherAgency)));

    // ---- the default officer of the other application tests ----

    [Fact]
    public async Task The_default_test_user_is_an_officer_of_nia_who_edits_nias_projects_only()
    {
        var behavior = new AuthorizationBehavior<UpdateProjectCommand, ProjectDto>(TestDoubles.User(), _store);
        var next = new Next<UpdateProjectCommand, ProjectDto>(default!);

        await behavior.Handle(Update(AgencysProject, TestDoubles.Nia), next.Delegate, CancellationToken.None);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            behavior.Handle(Update(StrangersProject, OtherAgency), next.Delegate, CancellationToken.None).AsTask());

        Assert.Equal(1, next.Calls);
    }
}

using System.Reflection;
using EgovExport.Domain.Catalog;

namespace EgovExport.Domain.Tests.Projects;

/// <summary>Each guarded method raises the event that tells of its change, and only when the change happens.</summary>
public class ExportProjectEventsTests
{
    private static ExportProject Saved(ExportProject project)
    {
        project.ClearPendingEvents();
        return project;
    }

    [Fact]
    public void Opening_a_project_raises_project_opened_with_its_country_agency_and_solutions()
    {
        var project = AProject().Build();

        var opened = Assert.IsType<ProjectOpened>(Assert.Single(project.PendingEvents()));
        Assert.Equal((project.Id, "EC", LeadAgency, UniPass), (opened.ProjectId, opened.CountryCode, opened.LeadAgencyId, Assert.Single(opened.SolutionIds)));
    }

    [Fact]
    public void A_move_raises_project_moved_with_from_to_and_skip()
    {
        var project = Saved(AProject().Build());

        project.MoveTo(MoveInto(Stage.Mou, skipReason: "The partner had its own master plan."), By, Now);

        var moved = Assert.IsType<ProjectMoved>(Assert.Single(project.PendingEvents()));
        Assert.Equal((Stage.Inquiry, Stage.Mou, true), (moved.From, moved.To, moved.Skipped));
        Assert.Equal("The partner had its own master plan.", moved.Reason);
    }

    [Fact]
    public void A_refused_move_raises_nothing()
    {
        var project = Saved(AProject().Build());

        Assert.Throws<BusinessRuleViolationException>(() => project.MoveTo(MoveInto(Stage.Mou), By, Now));

        Assert.Empty(project.PendingEvents());
    }

    [Fact]
    public void A_status_change_raises_project_status_changed()
    {
        var project = Saved(AProject().Build());

        project.ChangeStatus(ProjectStatus.Lost, "Another country won.", LossReason.Competitor, "CN", By, Now);

        var changed = Assert.IsType<ProjectStatusChanged>(Assert.Single(project.PendingEvents()));
        Assert.Equal((ProjectStatus.Active, ProjectStatus.Lost, LossReason.Competitor), (changed.From, changed.To, changed.LossReason));
    }

    [Fact]
    public void A_consortium_change_tells_who_joined_who_left_and_the_prime()
    {
        var project = Saved(AProject().WithConsortium(DefaultConsortium()).Build());

        project.SetConsortium(Consortium((PrimeContractor, ConsortiumRole.Prime, 50m, false), (OtherSme, ConsortiumRole.Partner, 50m, true)), Now);

        var changed = Assert.IsType<ProjectConsortiumChanged>(Assert.Single(project.PendingEvents()));
        Assert.Equal([OtherSme], changed.Joined);
        Assert.Equal([SmePartner], changed.Left);
        Assert.Equal(PrimeContractor, changed.PrimeContractorId);
    }

    [Fact]
    public void A_funding_change_raises_project_funding_changed_with_the_total()
    {
        var project = Saved(AProject().Build());

        project.SetFunding(Funding(600_000m, 400_000m), Now);

        var changed = Assert.IsType<ProjectFundingChanged>(Assert.Single(project.PendingEvents()));
        Assert.Equal((2, 1_000_000m), (changed.SourceCount, changed.Total));
    }

    [Fact]
    public void An_edit_names_the_fields_that_changed()
    {
        var project = Saved(AProject().Build());

        project.UpdateDetails(Details(title: "Customs single window, phase 2") with { EstimatedValueUsd = 3_000_000m }, null, Now);

        var edited = Assert.IsType<ProjectEdited>(Assert.Single(project.PendingEvents()));
        Assert.Equal(["title", "estimatedValueUsd"], edited.ChangedFields);
    }

    [Fact]
    public void An_edit_that_changes_nothing_raises_nothing()
    {
        var project = Saved(AProject().Build());

        project.UpdateDetails(Details(), null, Now);

        Assert.Empty(project.PendingEvents());
    }

    [Fact]
    public void The_edits_of_one_request_come_as_one_event()
    {
        var project = Saved(AProject().Build());
        var previous = Guid.CreateVersion7();

        project.UpdateDetails(Details(title: "Phase 2"), 40, Now);
        project.FollowOn(previous, [], Now);
        project.AssignOwner("officer-7", Now);

        var edited = Assert.IsType<ProjectEdited>(Assert.Single(project.PendingEvents()));
        Assert.Equal(["title", "probability", "followsProjectId", "ownerId"], edited.ChangedFields);
    }

    [Fact]
    public void Linking_a_project_as_it_is_opened_is_part_of_opening_it()
    {
        var project = AProject().Build();

        project.FollowOn(Guid.CreateVersion7(), [], Now);

        Assert.IsType<ProjectOpened>(Assert.Single(project.PendingEvents()));
    }

    [Fact]
    public void Cleared_events_are_gone_and_later_ones_follow_in_order()
    {
        var project = Saved(AProject().Build());

        project.ChangeStatus(ProjectStatus.OnHold, null, null, null, By, Now);
        project.ChangeStatus(ProjectStatus.Active, null, null, null, By, Now);
        project.MoveTo(MoveInto(Stage.Consulting), By, Now);

        Assert.Collection(project.PendingEvents(),
            e => Assert.Equal(ProjectStatus.OnHold, Assert.IsType<ProjectStatusChanged>(e).To),
            e => Assert.Equal(ProjectStatus.Active, Assert.IsType<ProjectStatusChanged>(e).To),
            e => Assert.Equal(Stage.Consulting, Assert.IsType<ProjectMoved>(e).To));
    }

    [Fact]
    public void Catalog_records_raise_created_and_updated()
    {
        var country = Country.Create("ec", "ECU", "Ecuador", "에콰도르", Region.LatinAmericaCaribbean);
        Assert.Equal("EC", Assert.IsType<CountryCreated>(Assert.Single(country.PendingEvents())).Code);
        country.ClearPendingEvents();
        country.Update("ECU", "Republic of Ecuador", "에콰도르", Region.LatinAmericaCaribbean);
        Assert.IsType<CountryUpdated>(Assert.Single(country.PendingEvents()));

        var organization = Organization.Create(Guid.CreateVersion7(), "Example Systems", null, OrganizationKind.KoreanCompany, "KR", CompanySize.Sme);
        Assert.Equal(organization.Id, Assert.IsType<OrganizationCreated>(Assert.Single(organization.PendingEvents())).OrganizationId);

        var solution = Solution.Create(Guid.CreateVersion7(), "UNI-PASS", "UNI-PASS", null, SolutionCategory.CustomsTrade, null, null);
        Assert.Equal("UNI-PASS", Assert.IsType<SolutionCreated>(Assert.Single(solution.PendingEvents())).Code);
    }

    [Fact]
    public void Every_event_type_has_its_own_stable_name()
    {
        var types = typeof(DomainEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract).ToList();

        var names = types.Select(t => t.GetCustomAttribute<EventTypeAttribute>()?.Name).ToList();

        Assert.True(types.Count >= 12, $"only {types.Count} event types found");
        Assert.All(names, n => Assert.Matches("^[a-z]+\\.[a-z_]+$", n));
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}

using EgovExport.Domain.Access;
using static EgovExport.Domain.Tests.Access.Actors;

namespace EgovExport.Domain.Tests.Access;

/// <summary><see cref="ProjectScope"/>: a set of projects as conditions joined by OR.</summary>
public sealed class ProjectScopeTests
{
    [Fact]
    public void All_includes_every_project_even_one_without_consortium()
    {
        Assert.True(ProjectScope.All.Includes(Agency, []));
        Assert.True(ProjectScope.All.Includes(OtherAgency, [OtherCompany]));
        Assert.False(ProjectScope.All.IsNone);
    }

    [Fact]
    public void None_includes_no_project()
    {
        Assert.True(ProjectScope.None.IsNone);
        Assert.False(ProjectScope.None.IsAll);
        Assert.False(ProjectScope.None.Includes(Agency, []));
        Assert.False(ProjectScope.None.Includes(Agency, [Company, Agency]));
    }

    [Fact]
    public void Led_by_an_agency_includes_the_projects_that_agency_leads_only()
    {
        var scope = ProjectScope.LedBy(Agency);

        Assert.False(scope.IsNone);
        Assert.False(scope.IsAll);
        Assert.True(scope.Includes(Agency, []));
        Assert.True(scope.Includes(Agency, [Company]));
        Assert.False(scope.Includes(OtherAgency, []));
        Assert.False(scope.Includes(OtherAgency, [Agency])); // a member, not the lead
    }

    [Fact]
    public void Participant_of_an_organization_includes_the_projects_it_is_a_consortium_member_of_only()
    {
        var scope = ProjectScope.ParticipantOf(Company);

        Assert.False(scope.IsNone);
        Assert.False(scope.IsAll);
        Assert.True(scope.Includes(Agency, [Company]));
        Assert.True(scope.Includes(Agency, [OtherCompany, Company]));
        Assert.False(scope.Includes(Agency, [OtherCompany]));
        Assert.False(scope.Includes(Agency, []));
        Assert.False(scope.Includes(Company, [])); // the lead, not a member
    }

    [Fact]
    public void Led_by_or_participant_of_no_organization_is_none()
    {
        Assert.Equal(ProjectScope.None, ProjectScope.LedBy(null));
        Assert.Equal(ProjectScope.None, ProjectScope.ParticipantOf(null));
        Assert.True(ProjectScope.LedBy(null).IsNone);
        Assert.True(ProjectScope.ParticipantOf(null).IsNone);
    }

    [Fact]
    public void Or_includes_a_project_either_side_includes_and_no_other()
    {
        var scope = ProjectScope.LedBy(Agency).Or(ProjectScope.ParticipantOf(Company));

        Assert.Equal(new ProjectScope(false, Agency, Company), scope);
        Assert.True(scope.Includes(Agency, []));
        Assert.True(scope.Includes(OtherAgency, [Company]));
        Assert.False(scope.Includes(OtherAgency, [OtherCompany]));
        Assert.False(scope.IsNone);
        Assert.False(scope.IsAll);
    }

    [Fact]
    public void Or_is_the_same_whichever_side_comes_first() =>
        Assert.Equal(
            ProjectScope.LedBy(Agency).Or(ProjectScope.ParticipantOf(Company)),
            ProjectScope.ParticipantOf(Company).Or(ProjectScope.LedBy(Agency)));

    [Fact]
    public void Or_with_all_is_all_on_either_side()
    {
        Assert.Equal(ProjectScope.All, ProjectScope.LedBy(Agency).Or(ProjectScope.All));
        Assert.Equal(ProjectScope.All, ProjectScope.All.Or(ProjectScope.ParticipantOf(Company)));
        Assert.Equal(ProjectScope.All, ProjectScope.All.Or(ProjectScope.None));
        Assert.Equal(ProjectScope.All, ProjectScope.None.Or(ProjectScope.All));
    }

    [Fact]
    public void Or_with_none_changes_nothing()
    {
        Assert.Equal(ProjectScope.LedBy(Agency), ProjectScope.None.Or(ProjectScope.LedBy(Agency)));
        Assert.Equal(ProjectScope.LedBy(Agency), ProjectScope.LedBy(Agency).Or(ProjectScope.None));
        Assert.Equal(ProjectScope.ParticipantOf(Company), ProjectScope.None.Or(ProjectScope.ParticipantOf(Company)));
        Assert.Equal(ProjectScope.None, ProjectScope.None.Or(ProjectScope.None));
        Assert.True(ProjectScope.None.Or(ProjectScope.None).IsNone);
    }
}

namespace EgovExport.Domain.Tests.Projects;

public class ExportProjectFollowOnTests
{
    private static readonly Guid PilotProject = Guid.Parse("0199a000-0000-7000-8000-0000000000a1");

    [Fact]
    public void A_project_cannot_follow_on_from_itself()
    {
        var project = AProject().Build();

        Expect.RuleBroken("FollowOnMustNotFormACycle", () => project.FollowOn(project.Id, [], Now));
        Assert.Null(project.FollowsProjectId);
    }

    [Fact]
    public void A_project_cannot_follow_on_from_one_of_its_own_follow_ons()
    {
        var project = AProject().Build();
        // The candidate grew out of a project that grew out of this one.
        var chainAboveCandidate = new[] { Guid.CreateVersion7(), project.Id };

        Expect.RuleBroken("FollowOnMustNotFormACycle", () => project.FollowOn(Guid.CreateVersion7(), chainAboveCandidate, Now));
    }

    [Fact]
    public void A_project_can_name_the_project_it_grew_out_of()
    {
        var project = AProject().Build();
        var version = project.Version;

        project.FollowOn(PilotProject, [Guid.CreateVersion7()], Now);

        Assert.Equal(PilotProject, project.FollowsProjectId);
        Assert.Equal(version + 1, project.Version);
    }

    [Fact]
    public void The_follow_on_link_can_be_removed()
    {
        var project = AProject().Build();
        project.FollowOn(PilotProject, [], Now);

        project.FollowOn(null, [], Now);

        Assert.Null(project.FollowsProjectId);
    }
}

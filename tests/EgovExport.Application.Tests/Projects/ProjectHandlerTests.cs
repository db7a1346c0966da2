using EgovExport.Application.Common.Abstractions;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Projects.ChangeProjectStatus;
using EgovExport.Application.Projects.Common;
using EgovExport.Application.Projects.CreateProject;
using EgovExport.Application.Projects.MoveProject;
using EgovExport.Domain.Common;
using EgovExport.Domain.Projects;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace EgovExport.Application.Tests.Projects;

public sealed class ProjectHandlerTests
{
    private static readonly Guid Agency = Guid.CreateVersion7();
    private static readonly Guid Partner = Guid.CreateVersion7();

    private readonly IWriteStore _store = Substitute.For<IWriteStore>();

    private static CreateProjectCommand Create() => new(
        "Brunei e-government consulting", "bn", Agency, [], 1_000_000m, null,
        new InquiryInput(InquiryChannel.DelegationVisit, new DateOnly(2026, 10, 1), Partner, ["e-government strategy"]));

    private static ExportProject ExistingProject() => ExportProject.Open(
        Guid.CreateVersion7(), "EXP-2026-0001",
        new ProjectDetails("Existing", "BN", Agency, [], 1m, null),
        InquiryDetails.Create(InquiryChannel.Forum, new DateOnly(2026, 1, 1), Partner, ["x"], false, TestDoubles.Now.Today),
        "someone", TestDoubles.Now);

    [Fact]
    public async Task Create_numbers_the_project_after_the_last_code_of_the_year()
    {
        _store.LastProjectCodeAsync(2026, Arg.Any<CancellationToken>()).Returns("EXP-2026-0041");
        var handler = new CreateProjectHandler(_store, TestDoubles.Clock(), TestDoubles.User(), TestDoubles.Viewer());

        var project = await handler.Handle(Create(), CancellationToken.None);

        Assert.Equal("EXP-2026-0042", project.Code);
        Assert.Equal("BN", project.CountryCode);
        Assert.Equal(Stage.Inquiry, project.Stage);
        Assert.Equal("officer@nia.or.kr", project.CreatedBy);
        _store.Received(1).Add(Arg.Is<ExportProject>(p => p.Code == "EXP-2026-0042"));
        await _store.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Create_takes_the_next_code_when_another_writer_took_the_same_one()
    {
        _store.LastProjectCodeAsync(2026, Arg.Any<CancellationToken>()).Returns(null, "EXP-2026-0001");
        _store.SaveChangesAsync(Arg.Any<CancellationToken>()).Returns(
            _ => throw new DuplicateKeyException("code taken"),
            _ => Task.CompletedTask);
        var handler = new CreateProjectHandler(_store, TestDoubles.Clock(), TestDoubles.User(), TestDoubles.Viewer());

        var project = await handler.Handle(Create(), CancellationToken.None);

        Assert.Equal("EXP-2026-0002", project.Code);
        _store.Received(1).Detach(Arg.Is<ExportProject>(p => p.Code == "EXP-2026-0001"));
    }

    [Fact]
    public async Task Create_gives_up_after_three_taken_codes()
    {
        _store.SaveChangesAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new DuplicateKeyException("code taken"));
        var handler = new CreateProjectHandler(_store, TestDoubles.Clock(), TestDoubles.User(), TestDoubles.Viewer());

        await Assert.ThrowsAsync<DuplicateKeyException>(() => handler.Handle(Create(), CancellationToken.None).AsTask());
        await _store.Received(3).SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Move_refuses_a_stale_version_and_saves_nothing()
    {
        var project = ExistingProject();
        _store.FindProjectAsync(project.Id, Arg.Any<CancellationToken>()).Returns(project);
        var handler = new MoveProjectHandler(_store, TestDoubles.Clock(), TestDoubles.User(), TestDoubles.Viewer());
        var command = new MoveProjectCommand(Stage.Consulting, Consulting: new ConsultingInput(ConsultingType.Training, 2, CostBearer.Korea, new DateOnly(2026, 11, 1)))
        {
            Id = project.Id,
            ExpectedVersion = project.Version + 1,
        };

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => handler.Handle(command, CancellationToken.None).AsTask());

        Assert.Equal(project.Version, conflict.CurrentVersion);
        Assert.Equal(Stage.Inquiry, project.Stage);
        await _store.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Move_records_who_moved_the_project_and_answers_the_new_version()
    {
        var project = ExistingProject();
        _store.FindProjectAsync(project.Id, Arg.Any<CancellationToken>()).Returns(project);
        var handler = new MoveProjectHandler(_store, TestDoubles.Clock(), TestDoubles.User("kim@nia.or.kr"), TestDoubles.Viewer());
        var command = new MoveProjectCommand(Stage.Consulting, Consulting: new ConsultingInput(ConsultingType.Training, 2, CostBearer.Korea, new DateOnly(2026, 11, 1)))
        {
            Id = project.Id,
            ExpectedVersion = project.Version,
        };

        var moved = await handler.Handle(command, CancellationToken.None);

        Assert.Equal(Stage.Consulting, moved.Stage);
        Assert.Equal(project.Version, moved.Version);
        Assert.Equal("kim@nia.or.kr", project.Transitions[^1].By);
        await _store.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_missing_project_is_not_found()
    {
        var handler = new ChangeProjectStatusHandler(_store, TestDoubles.Clock(), TestDoubles.User(), TestDoubles.Viewer());
        var command = new ChangeProjectStatusCommand(ProjectStatus.OnHold) { Id = Guid.NewGuid(), ExpectedVersion = 1 };

        await Assert.ThrowsAsync<NotFoundException>(() => handler.Handle(command, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task A_rule_broken_in_the_domain_reaches_the_caller_and_nothing_is_saved()
    {
        var project = ExistingProject();
        _store.FindProjectAsync(project.Id, Arg.Any<CancellationToken>()).Returns(project);
        var handler = new ChangeProjectStatusHandler(_store, TestDoubles.Clock(), TestDoubles.User(), TestDoubles.Viewer());
        var command = new ChangeProjectStatusCommand(ProjectStatus.Completed) { Id = project.Id, ExpectedVersion = project.Version };

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => handler.Handle(command, CancellationToken.None).AsTask());

        Assert.Equal("OnlyMaintenanceProjectsCanComplete", refused.RuleName);
        await _store.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(null, "EXP-2027-0001")]
    [InlineData("EXP-2027-0009", "EXP-2027-0010")]
    [InlineData("EXP-2027-9999", "EXP-2027-10000")]
    public void Project_codes_count_up_within_a_year(string? last, string next) =>
        Assert.Equal(next, ProjectCode.Next(2027, last));
}

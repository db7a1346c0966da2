namespace EgovExport.Domain.Tests.Support;

/// <summary>
/// Builds a project that got where the test needs it the way a real one does: opened in Inquiry,
/// then moved forward one stage at a time with valid gate data. From Contract on it has a consortium
/// with the prime contractor and funding that exactly covers the contract, unless the test says otherwise.
/// </summary>
internal sealed class ProjectBuilder
{
    private Guid _id = Guid.CreateVersion7();
    private Stage _stage = Stage.Inquiry;
    private ProjectStatus? _status;
    private IReadOnlyList<ConsortiumMember>? _consortium;
    private IReadOnlyList<FundingSource>? _funding;

    public static ProjectBuilder AProject() => new();

    public ProjectBuilder WithId(Guid id)
    {
        _id = id;
        return this;
    }

    public ProjectBuilder In(Stage stage)
    {
        _stage = stage;
        return this;
    }

    public ProjectBuilder WithStatus(ProjectStatus status)
    {
        _status = status;
        return this;
    }

    public ProjectBuilder WithConsortium(IReadOnlyList<ConsortiumMember> members)
    {
        _consortium = members;
        return this;
    }

    public ProjectBuilder WithFunding(params decimal[] amounts)
    {
        _funding = TestData.Funding(amounts);
        return this;
    }

    public ExportProject Build()
    {
        var project = ExportProject.Open(_id, TestData.ProjectCode, TestData.Details(), TestData.Inquiry(), TestData.By, TestData.Now);

        var needsContractSetup = _stage >= Stage.Contract;
        if ((_consortium ?? (needsContractSetup ? TestData.DefaultConsortium() : null)) is { } members)
        {
            project.SetConsortium(members, TestData.Now);
        }

        if ((_funding ?? (needsContractSetup ? TestData.Funding(600_000m, 400_000m) : null)) is { } sources)
        {
            project.SetFunding(sources, TestData.Now);
        }

        for (var stage = Stage.Consulting; stage <= _stage; stage++)
        {
            project.MoveTo(TestData.MoveInto(stage), TestData.By, TestData.Now);
        }

        if (_status is { } status)
        {
            project.ChangeStatus(status, "Set up by the test.", null, null, TestData.By, TestData.Now);
        }

        return project;
    }
}

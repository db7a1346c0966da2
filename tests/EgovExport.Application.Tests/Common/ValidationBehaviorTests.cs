using EgovExport.Application.Common.Behaviors;
using EgovExport.Application.Common.Exceptions;
using EgovExport.Application.Common.Paging;
using EgovExport.Application.Projects.Common;
using EgovExport.Application.Projects.ListProjects;
using EgovExport.Application.Projects.SetFunding;
using EgovExport.Domain.Projects;

namespace EgovExport.Application.Tests.Common;

public sealed class ValidationBehaviorTests
{
    [Fact]
    public async Task Failures_become_field_errors_keyed_by_json_path_and_the_handler_is_not_called()
    {
        var behavior = new ValidationBehavior<SetFundingCommand, ProjectDto>([new SetFundingValidator()]);
        var called = false;
        var command = new SetFundingCommand([new FundingSourceInput(FundingSourceKind.Edcf, null), new FundingSourceInput(null, 5m)]);

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => behavior.Handle(command, (_, _) =>
        {
            called = true;
            return default;
        }, CancellationToken.None).AsTask());

        Assert.False(called);
        Assert.Equal(["sources[0].amount", "sources[1].source"], error.Errors.Keys.Order());
    }

    [Fact]
    public async Task A_valid_message_reaches_the_handler()
    {
        var behavior = new ValidationBehavior<ListProjectsQuery, PagedResult<ProjectSummaryDto>>([new ListProjectsValidator()]);
        var expected = new PagedResult<ProjectSummaryDto>([], 1, 25, 0);

        var result = await behavior.Handle(new ListProjectsQuery(Sort: "-estimatedValueUsd"), (_, _) => ValueTask.FromResult(expected), CancellationToken.None);

        Assert.Same(expected, result);
    }

    [Theory]
    [InlineData(1, 200, true)]
    [InlineData(1, 201, false)]
    [InlineData(50, 200, true)]
    [InlineData(51, 200, false)]
    [InlineData(400, 25, true)]
    [InlineData(401, 25, false)]
    public void Pages_are_bounded_in_size_and_depth(int page, int pageSize, bool valid) =>
        Assert.Equal(valid, new ListProjectsValidator().Validate(new ListProjectsQuery(page, pageSize)).IsValid);

    [Theory]
    [InlineData("Members[0].SharePercent", "members[0].sharePercent")]
    [InlineData("Consulting.PlannedRounds", "consulting.plannedRounds")]
    [InlineData("Title", "title")]
    public void Property_paths_become_json_paths(string property, string json) =>
        Assert.Equal(json, JsonPath.FromPropertyPath(property));
}

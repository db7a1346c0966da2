using System.Reflection;
using EgovExport.Application.Common.Security;
using Mediator;

namespace EgovExport.Architecture.Tests;

/// <summary>
/// Access is decided in the application layer from what each use case declares: every request type
/// must say which permission it needs, so no endpoint can forget it.
/// </summary>
public sealed class AccessDeclarationTests
{
    private static readonly Assembly Application = typeof(RequiresAttribute).Assembly;

    private static IEnumerable<Type> RequestTypes() => Application.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IMessage).IsAssignableFrom(t));

    [Fact]
    public void Every_request_of_the_application_declares_the_permission_it_needs()
    {
        var requests = RequestTypes().ToList();
        Assert.True(requests.Count >= 30, $"found only {requests.Count} request types; is the scan still right?");
        var undeclared = requests.Where(t => t.GetCustomAttribute<RequiresAttribute>() is null).Select(t => t.Name).ToList();
        Assert.True(undeclared.Count == 0, $"without [Requires]: {string.Join(", ", undeclared)}");
    }

    [Fact]
    public void Every_request_about_one_project_says_which_project()
    {
        // A request whose permission is limited to the caller's projects and that carries a project id
        // must expose it, or the authorization behaviour cannot check the project.
        var projectRequests = RequestTypes()
            .Where(t => t.GetCustomAttribute<RequiresAttribute>()?.Permission is Domain.Access.Permission.EditProjects)
            .ToList();
        Assert.NotEmpty(projectRequests);
        Assert.All(projectRequests, t => Assert.True(typeof(ITargetsProject).IsAssignableFrom(t), $"{t.Name} edits a project but does not implement ITargetsProject"));
    }
}

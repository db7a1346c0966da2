using System.Reflection;
using System.Xml.Linq;

namespace EgovExport.Architecture.Tests;

/// <summary>
/// Arrows point inward: Domain references nothing; Application references Domain, the mediator
/// abstractions, FluentValidation and logging abstractions only; Infrastructure and Api are outside.
/// Checked twice: on the compiled assemblies and on the project files.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(EgovExport.Domain.Projects.ExportProject).Assembly;
    private static readonly Assembly Application = typeof(EgovExport.Application.Common.Abstractions.IReadStore).Assembly;
    private static readonly Assembly Infrastructure = typeof(EgovExport.Infrastructure.DependencyInjection).Assembly;

    private static bool IsPlatform(string name) => name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal);

    private static string[] ReferencedBeyondPlatform(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => !IsPlatform(n)).Order().ToArray();

    [Fact]
    public void The_domain_references_nothing_but_the_platform() =>
        Assert.Empty(ReferencedBeyondPlatform(Domain));

    [Fact]
    public void The_application_references_only_the_domain_the_mediator_abstractions_and_fluent_validation()
    {
        string[] allowed = ["EgovExport.Domain", "Mediator", "FluentValidation", "Microsoft.Extensions.Logging.Abstractions"];
        var extra = ReferencedBeyondPlatform(Application).Except(allowed).ToArray();
        Assert.True(extra.Length == 0, $"Application references {string.Join(", ", extra)}");
    }

    [Fact]
    public void Infrastructure_does_not_reference_the_api() =>
        Assert.DoesNotContain("EgovExport.Api", ReferencedBeyondPlatform(Infrastructure));

    [Theory]
    [InlineData("src/Domain/EgovExport.Domain.csproj", new string[0], new string[0])]
    [InlineData("src/Application/EgovExport.Application.csproj", new[] { "EgovExport.Domain" }, new[] { "Mediator.Abstractions", "FluentValidation", "Microsoft.Extensions.Logging.Abstractions" })]
    [InlineData("src/Infrastructure/EgovExport.Infrastructure.csproj", new[] { "EgovExport.Application" }, null)]
    public void Project_files_reference_only_inner_layers(string projectFile, string[] projects, string[]? packages)
    {
        var xml = XDocument.Load(Path.Combine(RepositoryRoot(), projectFile));
        var projectRefs = xml.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'))).Order();
        Assert.Equal(projects.Order(), projectRefs);
        if (packages is not null)
        {
            var packageRefs = xml.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value).Order();
            Assert.Equal(packages.Order(), packageRefs);
        }
    }

    [Fact]
    public void Endpoints_take_requests_and_never_domain_objects()
    {
        // Endpoints send commands and queries; they never construct or mutate an aggregate.
        var api = typeof(EgovExport.Api.ApiSetup).Assembly;
        var offenders = api.GetTypes()
            .Where(t => t.Namespace?.StartsWith("EgovExport.Api.Endpoints", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Any(p => p.ParameterType.Assembly == Domain && p.ParameterType.IsClass))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();
        Assert.Empty(offenders);
        Assert.Contains(api.GetTypes(), t => t.Name == "ProjectsEndpoints");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EgovExport.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("repository root");
    }
}

using System.Reflection;
using EgovExport.Application.Common.Security;
using Mediator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EgovExport.Architecture.Tests;

/// <summary>
/// One use-case layout: every request (command or query) of the application lives in its own file, in
/// <c>src/Application/&lt;Area&gt;/&lt;UseCase&gt;/&lt;UseCase&gt;.cs</c> with the namespace of that folder. The request
/// types come from the compiled assembly (so a request that inherits its interface from a base record
/// counts too); the files that declare them come from parsing the sources with Roslyn.
/// </summary>
public sealed class UseCaseLayoutTests
{
    private static readonly Assembly Application = typeof(RequiresAttribute).Assembly;

    private static readonly string[] RequestSuffixes = ["StreamQuery", "StreamCommand", "Query", "Command", "Request"];

    [Fact]
    public void No_source_file_of_the_application_holds_more_than_one_request()
    {
        var crowded = RequestsByFile()
            .Where(f => f.Value.Count > 1)
            .Select(f => $"{f.Key} holds {f.Value.Count} requests ({string.Join(", ", f.Value.Select(t => t.Name))}); give each its own folder <Area>/<UseCase>/")
            .ToList();
        Assert.True(crowded.Count == 0, string.Join(Environment.NewLine, crowded));
    }

    [Fact]
    public void Every_request_lives_in_the_folder_of_its_use_case()
    {
        var misplaced = new List<string>();
        foreach (var (file, requests) in RequestsByFile())
        {
            var parts = file.Split('/');
            foreach (var request in requests)
            {
                var useCase = UseCaseName(request);
                var expected = $"<Area>/{useCase}/{useCase}.cs";
                if (parts.Length != 3 || parts[1] != useCase || parts[2] != useCase + ".cs")
                {
                    misplaced.Add($"{request.Name} is in {file}; expected {expected}");
                }
                else if (request.Namespace != $"EgovExport.Application.{parts[0]}.{useCase}")
                {
                    misplaced.Add($"{request.Name} in {file} has namespace {request.Namespace}; expected EgovExport.Application.{parts[0]}.{useCase}");
                }
            }
        }

        Assert.True(misplaced.Count == 0, string.Join(Environment.NewLine, misplaced));
    }

    private static string UseCaseName(Type request)
    {
        var suffix = RequestSuffixes.FirstOrDefault(s => request.Name.EndsWith(s, StringComparison.Ordinal) && request.Name.Length > s.Length);
        return suffix is null ? request.Name : request.Name[..^suffix.Length];
    }

    /// <summary>Every concrete request of the application, by the file (relative to src/Application, with '/') that declares it.</summary>
    private static Dictionary<string, List<Type>> RequestsByFile()
    {
        var requests = Application.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IMessage).IsAssignableFrom(t))
            .ToDictionary(t => t.FullName!);
        Assert.True(requests.Count >= 30, $"found only {requests.Count} request types; is the scan still right?");

        var root = Path.Combine(RepositoryRoot(), "src", "Application");
        var byFile = new Dictionary<string, List<Type>>();
        var found = new HashSet<string>();
        foreach (var path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path);
            foreach (var name in DeclaredTypeNames(tree.GetRoot()))
            {
                if (requests.TryGetValue(name, out var request))
                {
                    found.Add(name);
                    (byFile.TryGetValue(relative, out var list) ? list : byFile[relative] = []).Add(request);
                }
            }
        }

        var undeclared = requests.Keys.Except(found).Order().ToList();
        Assert.True(undeclared.Count == 0, $"no source file under src/Application declares {string.Join(", ", undeclared)}; is the scan still right?");
        return byFile;
    }

    /// <summary>The full names of the types a file declares, as reflection spells them (<c>Ns.Outer+Inner`1</c>).</summary>
    private static IEnumerable<string> DeclaredTypeNames(SyntaxNode root) =>
        root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(FullName);

    private static string FullName(BaseTypeDeclarationSyntax type)
    {
        var name = type.Identifier.ValueText + (type is TypeDeclarationSyntax { TypeParameterList.Parameters.Count: > 0 and var arity } ? $"`{arity}" : "");
        if (type.Parent is BaseTypeDeclarationSyntax outer)
        {
            return FullName(outer) + "+" + name;
        }

        var namespaces = type.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(n => n.Name.ToString());
        return string.Join('.', namespaces.Append(name));
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

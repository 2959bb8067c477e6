using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pact.Assessment;

namespace Pact.Engine.Assessment;

/// <summary>
/// C# trees through Roslyn's parser (syntax only, no compilation): every <c>.cs</c> file outside <c>bin/</c>,
/// <c>obj/</c> and the other skipped folders, parsed in parallel. A module is a namespace (see
/// <see cref="CSharpProfile"/>): its lines are those of the files whose first namespace it is, its public interface
/// the public top-level types declared in it, its imports the <c>using</c>s of its files, and the <c>global using</c>s
/// of its project (the files under the nearest folder holding a <c>.csproj</c>), since those apply to every file
/// there. A file with a syntax error is a module of its own, named by its path, with the parser's first error.
/// </summary>
public sealed partial class CSharpAssessReader : IAssessReader
{
    private const string GlobalNamespace = "<global>";

    private static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.Ordinal) { ".cs" };

    private static readonly CSharpParseOptions Options = new(LanguageVersion.Preview, DocumentationMode.None);

    public string Language => "csharp";

    public IReadOnlySet<string> DetectedBy => Extensions;

    public async Task<AssessReading> ReadAsync(string root, CancellationToken cancellationToken)
    {
        var files = SourceTree.Files(root, name => name.EndsWith(".cs", StringComparison.Ordinal));
        var parent = Path.GetDirectoryName(root) ?? root;
        var tests = Task.Run(() => TestNamespaces(parent), cancellationToken);
        var read = new CSharpFileRead[files.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var (absolute, relative, _) = files[i];
            var (text, error) = await SourceTree.ReadAsync(absolute, ct);
            read[i] = text is null ? new CSharpFileRead(relative, 0, [], [], [], error, null) : Read(relative, text, ct);
        });

        // The global usings of a project reach every namespace with a file in it.
        var projects = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? ProjectOf(string absolute) => Project(Path.GetDirectoryName(absolute)!, projects);
        var globals = new Dictionary<string, List<ParsedImport>>(StringComparer.Ordinal);
        for (var i = 0; i < read.Length; i++)
        {
            if (read[i].GlobalUsings.Count > 0 && ProjectOf(files[i].Absolute) is { } project)
            {
                if (!globals.TryGetValue(project, out var list))
                {
                    globals[project] = list = [];
                }
                list.AddRange(read[i].GlobalUsings);
            }
        }

        var modules = new List<ParsedModule>();
        var byName = new Dictionary<string, (int Index, HashSet<string> Projects)>(StringComparer.Ordinal);
        for (var i = 0; i < read.Length; i++)
        {
            var file = read[i];
            if (file.Error is not null)
            {
                modules.Add(new ParsedModule { Path = file.Path, Loc = file.Loc, Error = file.Error, ErrorLine = file.ErrorLine });
                continue;
            }
            var project = ProjectOf(files[i].Absolute);
            for (var n = 0; n < file.Namespaces.Count; n++)
            {
                var (name, types) = file.Namespaces[n];
                if (!byName.TryGetValue(name, out var entry))
                {
                    byName[name] = entry = (modules.Count, new HashSet<string>(StringComparer.Ordinal));
                    modules.Add(new ParsedModule { Path = name, File = file.Path });
                }
                var known = modules[entry.Index];
                var module = known with
                {
                    Loc = known.Loc + (n == 0 ? file.Loc : 0),
                    PublicClasses = known.PublicClasses + types,
                    Imports = [.. known.Imports, .. file.Usings],
                };
                if (project is not null && entry.Projects.Add(project) && globals.TryGetValue(project, out var global))
                {
                    // A global using has no line in the namespace's files; the project's first file's line 1 stands for it.
                    module = module with { Imports = [.. module.Imports, .. global.Select(g => g with { Line = 1 })] };
                }
                modules[entry.Index] = module;
            }
        }
        var namespaces = modules.Where(m => m.Error is null).Select(m => m.Path);
        return new AssessReading(modules, new CSharpProfile(modules, namespaces.Concat(await tests)));
    }

    private static CSharpFileRead Read(string path, string text, CancellationToken cancellationToken)
    {
        var loc = SourceTree.CodeLines(text);
        var tree = CSharpSyntaxTree.ParseText(text, Options, path, Encoding.UTF8, cancellationToken);
        if (tree.GetDiagnostics(cancellationToken).FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            var line = error.Location.GetLineSpan().StartLinePosition.Line + 1;
            return new CSharpFileRead(path, loc, [], [], [], $"does not parse (line {line}: {error.GetMessage(CultureInfo.InvariantCulture)})", line);
        }
        var unit = tree.GetCompilationUnitRoot(cancellationToken);
        var usings = new List<ParsedImport>();
        var globals = new List<ParsedImport>();
        void AddUsings(SyntaxList<UsingDirectiveSyntax> directives)
        {
            foreach (var directive in directives)
            {
                if (directive.NamespaceOrType is not { } target)
                {
                    continue;
                }
                var import = new ParsedImport(target.ToString(), [], false, 0, directive.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
                (directive.GlobalKeyword.IsKind(SyntaxKind.None) ? usings : globals).Add(import);
            }
        }
        AddUsings(unit.Usings);

        var namespaces = new List<(string Name, int PublicTypes)>();
        var topLevelTypes = PublicTypes(unit.Members);
        foreach (var declaration in unit.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<BaseNamespaceDeclarationSyntax>())
        {
            AddUsings(declaration.Usings);
            var name = string.Join('.', declaration.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(d => d.Name.ToString()));
            var at = namespaces.FindIndex(x => x.Name == name);
            var types = PublicTypes(declaration.Members);
            if (at < 0)
            {
                namespaces.Add((name, types));
            }
            else
            {
                namespaces[at] = (name, namespaces[at].PublicTypes + types);
            }
        }
        if (namespaces.Count == 0 && unit.Members.Any(m => m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax))
        {
            namespaces.Add((GlobalNamespace, topLevelTypes));
        }
        return new CSharpFileRead(path, loc, namespaces, usings, globals, null, null);
    }

    private static int PublicTypes(SyntaxList<MemberDeclarationSyntax> members) =>
        members.Count(m => m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax && m.Modifiers.Any(SyntaxKind.PublicKeyword));

    /// <summary>The folder of the nearest <c>.csproj</c> at or above <paramref name="directory"/>, remembered per folder.</summary>
    private static string? Project(string directory, Dictionary<string, string?> known)
    {
        if (known.TryGetValue(directory, out var project))
        {
            return project;
        }
        string? found;
        try
        {
            found = Directory.EnumerateFiles(directory, "*.csproj").Any() ? directory
                : Path.GetDirectoryName(directory) is { } up ? Project(up, known) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            found = null;
        }
        known[directory] = found;
        return found;
    }

    /// <summary>
    /// The namespaces declared by test code beside the root: files under its parent in a folder or with a name that
    /// says test (as <c>tests/</c>, <c>Foo.Tests/</c>, <c>BarTests.cs</c>), read by their <c>namespace</c> lines only.
    /// </summary>
    private static IReadOnlyList<string> TestNamespaces(string directory)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (absolute, relative, _) in SourceTree.Files(directory, name => name.EndsWith(".cs", StringComparison.Ordinal)))
        {
            if (!relative.Contains("test", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            try
            {
                foreach (Match match in NamespaceLine().Matches(File.ReadAllText(absolute)))
                {
                    found.Add(match.Groups[1].Value);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable file beside the tree covers nothing.
            }
        }
        return [.. found];
    }

    [GeneratedRegex(@"^\s*namespace\s+([A-Za-z_][\w.]*)", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}

using Pact.Contracts;
using Pact.Diagnostics;
using Pact.Engine.Languages;
using Pact.Engine.Projects;
using Pact.Gates;
using Pact.Schemas;
using Pact.Serialization;
using Pact.Suites;

namespace Pact.Engine.Gates;

/// <summary>
/// Reads a project's artifacts for the gates: task, tree, every contract and visible suite, acceptance criteria, and
/// (optionally) a syntax check of each suite. An artifact that fails its schema is left out and its diagnostics kept.
/// Only <c>contracts/&lt;id&gt;/interface.json</c> and <c>tests/&lt;id&gt;/contract_test_suite.json</c> are read:
/// nothing under goodhart/ or an audit directory.
/// </summary>
public sealed class ProjectReader(ProjectStore store, SyntaxCheckers syntax)
{
    public sealed record Read(ProjectArtifacts Artifacts, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files);

    public async Task<Read> ReadAsync(Project project, bool checkSyntax, CancellationToken cancellationToken)
    {
        var layout = project.Layout;
        var diagnostics = new List<Diagnostic>();
        var files = new List<string>();
        var tree = await Artifact(layout, layout.TreeJson, ArtifactKind.Decomposition, PactJson.Context.DecompositionTree, diagnostics, files, cancellationToken);
        var contracts = new Dictionary<string, ComponentContract>(StringComparer.Ordinal);
        foreach (var id in Ids(layout.ContractsDir))
        {
            if (await Artifact(layout, layout.ContractJson(id), ArtifactKind.Contract, PactJson.Context.ComponentContract, diagnostics, files, cancellationToken) is { } contract)
            {
                contracts[id] = contract;
            }
        }
        var suites = new Dictionary<string, ContractTestSuite>(StringComparer.Ordinal);
        var checks = new Dictionary<string, SyntaxCheck>(StringComparer.Ordinal);
        foreach (var id in Ids(layout.TestsDir))
        {
            if (await Artifact(layout, layout.SuiteJson(id), ArtifactKind.TestSuite, PactJson.Context.ContractTestSuite, diagnostics, files, cancellationToken) is { } suite)
            {
                suites[id] = suite;
            }
        }
        if (checkSyntax)
        {
            // One batch per language: a checker may parse them all in one process.
            foreach (var language in suites.Where(s => s.Value.GeneratedCode.Trim().Length > 0).GroupBy(s => s.Value.TestLanguage))
            {
                var batch = language.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
                var results = await syntax.CheckAllAsync(language.Key, [.. batch.Select(s => s.Value.GeneratedCode)], project.Config, cancellationToken);
                for (var i = 0; i < batch.Count; i++)
                {
                    checks[batch[i].Key] = results[i];
                }
            }
        }
        var interview = await Artifact(layout, layout.InterviewJson, ArtifactKind.Interview, PactJson.Context.InterviewResult, diagnostics, files, cancellationToken);
        var task = File.Exists(layout.TaskMd) ? await File.ReadAllTextAsync(layout.TaskMd, cancellationToken) : "";
        var artifacts = new ProjectArtifacts
        {
            Task = task,
            Tree = tree,
            Contracts = contracts,
            Suites = suites,
            Syntax = checks,
            AcceptanceCriteria = interview?.AcceptanceCriteria ?? [],
        };
        return new Read(artifacts, diagnostics, files);
    }

    private async Task<T?> Artifact<T>(ProjectLayout layout, string path, ArtifactKind kind, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, List<Diagnostic> diagnostics, List<string> files, CancellationToken cancellationToken)
        where T : class
    {
        var read = await store.ReadAsync(layout, path, kind, type, cancellationToken);
        if (read is null)
        {
            return null;
        }
        files.Add(layout.Relative(path));
        diagnostics.AddRange(read.Diagnostics);
        return read.Ok ? read.Value : null;
    }

    /// <summary>Subdirectories that are component ids; anything else (dot folders, stray names) is not an artifact.</summary>
    private static IEnumerable<string> Ids(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateDirectories(directory).Select(Path.GetFileName).OfType<string>()
                .Where(n => n.Length > 0 && char.IsAsciiLetterLower(n[0]) && n.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')).Order(StringComparer.Ordinal)
            : [];
}

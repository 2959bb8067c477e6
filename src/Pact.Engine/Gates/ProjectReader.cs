using System.Text.Json.Serialization.Metadata;
using Pact.Gates;

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
        // The suites first: their syntax check runs in another process (one per language), which then parses them
        // while this one reads and checks the contracts. The lists stay in the order tree, contracts, suites.
        var suiteDiagnostics = new List<Diagnostic>();
        var suiteFiles = new List<string>();
        var suites = new Dictionary<string, ContractTestSuite>(StringComparer.Ordinal);
        foreach (var (id, suite) in await ArtifactsAsync(layout, Ids(layout.TestsDir), layout.SuiteJson, ArtifactKind.TestSuite, PactJson.Context.ContractTestSuite, suiteDiagnostics, suiteFiles, cancellationToken))
        {
            suites[id] = suite;
        }
        var syntaxChecks = checkSyntax ? CheckSyntaxAsync(suites, project.Config, cancellationToken) : Task.FromResult(new Dictionary<string, SyntaxCheck>(StringComparer.Ordinal));
        var contracts = new Dictionary<string, ComponentContract>(StringComparer.Ordinal);
        foreach (var (id, contract) in await ArtifactsAsync(layout, Ids(layout.ContractsDir), layout.ContractJson, ArtifactKind.Contract, PactJson.Context.ComponentContract, diagnostics, files, cancellationToken))
        {
            contracts[id] = contract;
        }
        diagnostics.AddRange(suiteDiagnostics);
        files.AddRange(suiteFiles);
        var checks = await syntaxChecks;
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

    private async Task<Dictionary<string, SyntaxCheck>> CheckSyntaxAsync(Dictionary<string, ContractTestSuite> suites, PactConfig config, CancellationToken cancellationToken)
    {
        var checks = new Dictionary<string, SyntaxCheck>(StringComparer.Ordinal);
        // One batch per language: a checker may parse them all in one process.
        foreach (var language in suites.Where(s => s.Value.GeneratedCode.Trim().Length > 0).GroupBy(s => s.Value.TestLanguage))
        {
            var batch = language.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
            var results = await syntax.CheckAllAsync(language.Key, [.. batch.Select(s => s.Value.GeneratedCode)], config, cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                checks[batch[i].Key] = results[i];
            }
        }

        return checks;
    }

    private async Task<T?> Artifact<T>(ProjectLayout layout, string path, ArtifactKind kind, JsonTypeInfo<T> type, List<Diagnostic> diagnostics, List<string> files, CancellationToken cancellationToken)
        where T : class =>
        Keep(layout, path, await store.ReadAsync(layout, path, kind, type, cancellationToken), diagnostics, files);

    /// <summary>
    /// One artifact per component, read, parsed and schema-checked on every core (most of `pact validate`'s time on a
    /// big project), then kept in id order so the diagnostics and the file list do not depend on the scheduling.
    /// </summary>
    private async Task<IReadOnlyList<(string Id, T Value)>> ArtifactsAsync<T>(ProjectLayout layout, IEnumerable<string> ids, Func<string, string> pathOf, ArtifactKind kind, JsonTypeInfo<T> type, List<Diagnostic> diagnostics, List<string> files, CancellationToken cancellationToken)
        where T : class
    {
        var paths = ids.Select(id => (Id: id, Path: pathOf(id))).ToList();
        var reads = new Checked<T>?[paths.Count];
        await Parallel.ForAsync(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (i, token) => reads[i] = await store.ReadAsync(layout, paths[i].Path, kind, type, token));
        var kept = new List<(string, T)>(paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            if (Keep(layout, paths[i].Path, reads[i], diagnostics, files) is { } value)
            {
                kept.Add((paths[i].Id, value));
            }
        }
        return kept;
    }

    private static T? Keep<T>(ProjectLayout layout, string path, Checked<T>? read, List<Diagnostic> diagnostics, List<string> files)
        where T : class
    {
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

using Pact.Gates;

namespace Pact.Analysis;

/// <summary>
/// <c>pact analyze</c> (reference H.1), mechanical: coverage gaps (nodes without contracts, contracts without suites,
/// untested functions), ambiguity (short or vague descriptions), duplication (types and signatures defined twice) and
/// consistency (parents whose contract omits a child, dotted type references to no contract).
/// </summary>
public static class Analyzer
{
    private static readonly HashSet<string> VagueWords = new(StringComparer.Ordinal)
    {
        "etc", "maybe", "various", "somehow", "stuff", "things", "probably", "possibly", "whatever", "something", "tbd", "todo", "fixme", "hack",
    };

    public static AnalysisReport Analyze(ProjectArtifacts project, string analyzedAt)
    {
        var tree = project.Tree ?? throw new ArgumentException("analysis needs a decomposition tree", nameof(project));
        var raw = new List<(Severity Severity, string Category, string Component, string Description, string Suggestion, string[] Artifacts)>();
        foreach (var node in tree.Nodes.Values.OrderBy(n => n.Depth).ThenBy(n => n.ComponentId, StringComparer.Ordinal))
        {
            var id = node.ComponentId;
            if (!project.Contracts.TryGetValue(id, out var contract))
            {
                raw.Add((Severity.Error, "coverage_gap", id, $"Component '{node.Name}' ({id}) has no contract", "submit its contract", []));
                continue;
            }
            var file = ArtifactPaths.Contract(id);
            if (!project.Suites.TryGetValue(id, out var suite))
            {
                raw.Add((Severity.Error, "coverage_gap", id, $"Contract '{id}' has no test suite", "write tests/" + id + "/contract_test_suite.json", [file]));
            }
            else
            {
                foreach (var function in contract.Functions.Where(f => !suite.TestCases.Any(t => t.Function == f.Name)))
                {
                    raw.Add((Severity.Warning, "coverage_gap", id, $"Function '{function.Name}' of '{id}' has no test", "add test cases for it", [file, ArtifactPaths.Suite(id)]));
                }
            }
            var words = Words(contract.Description);
            if (words.Count < 10)
            {
                raw.Add((Severity.Warning, "ambiguity", id, $"Contract '{id}' has a short description ({words.Count} words)", "describe the responsibility in at least 10 words", [file]));
            }
            if (words.Where(VagueWords.Contains).Distinct().ToList() is { Count: > 0 } vague)
            {
                raw.Add((Severity.Warning, "ambiguity", id, $"Contract '{id}' description uses vague words: {string.Join(", ", vague)}", "replace them with specifics", [file]));
            }
            foreach (var function in contract.Functions)
            {
                if (Words(function.Description).Where(VagueWords.Contains).Distinct().ToList() is { Count: > 0 } vagueFunction)
                {
                    raw.Add((Severity.Info, "ambiguity", id, $"Function '{function.Name}' description uses vague words: {string.Join(", ", vagueFunction)}", "replace them with specifics", [file]));
                }
                foreach (var input in function.Inputs.Where(i => i.TypeRef.Contains('.', StringComparison.Ordinal)))
                {
                    var prefix = input.TypeRef[..input.TypeRef.IndexOf('.', StringComparison.Ordinal)];
                    if (!project.Contracts.ContainsKey(prefix))
                    {
                        raw.Add((Severity.Warning, "consistency", id, $"Input '{input.Name}' of '{function.Name}' refers to '{input.TypeRef}', but '{prefix}' has no contract", "use a type of a contracted dependency", [file]));
                    }
                }
            }
            var missing = node.Children.Where(c => !contract.Dependencies.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                raw.Add((Severity.Error, "consistency", id, $"Contract '{id}' does not depend on its children: {string.Join(", ", missing)}", "a parent composes its children: list them in dependencies", [file]));
            }
        }
        foreach (var group in project.Contracts.Values.SelectMany(c => c.Types.Select(t => (t.Name, c.ComponentId))).GroupBy(p => p.Name).Where(g => g.Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            raw.Add((Severity.Warning, "duplication", "", $"Type '{group.Key}' is defined in {string.Join(", ", group.Select(p => p.ComponentId))}", "define it once, in the component that owns it", [.. group.Select(p => ArtifactPaths.Contract(p.ComponentId))]));
        }
        foreach (var group in project.Contracts.Values.SelectMany(c => c.Functions.Select(f => (Signature: $"{f.OutputType}({string.Join(",", f.Inputs.Select(i => i.TypeRef))})", Where: $"{c.ComponentId}.{f.Name}")))
            .GroupBy(p => p.Signature).Where(g => g.Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            raw.Add((Severity.Info, "duplication", "", $"Signature {group.Key} appears in {string.Join(", ", group.Select(p => p.Where))}", "check the functions do different things", []));
        }
        var findings = raw.Select((f, i) => new AnalysisFinding
        {
            Id = $"F{i + 1:000}",
            Severity = f.Severity,
            Category = f.Category,
            ComponentId = f.Component,
            Description = f.Description,
            Suggestion = f.Suggestion,
            Artifacts = f.Artifacts,
        }).ToList();
        var summary = $"{findings.Count(f => f.Severity == Severity.Error)} error(s), {findings.Count(f => f.Severity == Severity.Warning)} warning(s), {findings.Count(f => f.Severity == Severity.Info)} info(s)";
        return new AnalysisReport { ProjectId = tree.RootId, Findings = findings, AnalyzedAt = analyzedAt, Summary = summary };
    }

    private static List<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '!', '?', ';', ':', '(', ')')).Where(w => w.Length > 0)];
}

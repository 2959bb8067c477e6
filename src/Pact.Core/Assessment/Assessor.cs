namespace Pact.Assessment;

/// <summary>
/// The mechanical architecture assessment over parsed modules (reference G): metrics, the import graph, and the
/// checks in the Python Pact's order (shallow, hub, coupling, scattered, test gap; then files that did not parse),
/// numbered A001… in that order and then sorted error → warning → info, by id. Pure: the caller discovers and parses.
/// </summary>
public static class Assessor
{
    /// <summary>A Python tree: see <see cref="PythonProfile"/> for the arguments.</summary>
    public static AssessmentReport Assess(string rootPath, string rootName, IReadOnlyList<ParsedModule> modules, bool rootInitExists, IReadOnlySet<string> testStems, AssessmentThresholds thresholds, string assessedAt) =>
        Assess(rootPath, modules, new PythonProfile(rootName, modules, rootInitExists, testStems), thresholds, assessedAt);

    /// <summary>Any language's tree: <paramref name="modules"/> are in discovery order; <paramref name="profile"/> resolves their imports and tests.</summary>
    public static AssessmentReport Assess(string rootPath, IReadOnlyList<ParsedModule> modules, IAssessProfile profile, AssessmentThresholds thresholds, string assessedAt)
    {
        var language = profile.Language;
        if (modules.Count == 0)
        {
            return new AssessmentReport { RootPath = rootPath, Language = language, AssessedAt = assessedAt, Summary = $"No {profile.DisplayName} modules found." };
        }

        var graph = ImportGraph.Build(modules, profile);
        var fanIn = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            foreach (var target in graph.Targets(node))
            {
                fanIn[target] = fanIn.GetValueOrDefault(target) + 1;
            }
        }
        var metrics = modules.Select(m => Measure(m, graph, fanIn)).ToList();

        var next = 0;
        string Id() => $"A{++next:000}";
        var findings = new List<AssessmentFinding>();
        var files = modules.ToDictionary(m => m.Path, m => m.File ?? m.Path, StringComparer.Ordinal);
        string FileOf(string module) => files.GetValueOrDefault(module, module);
        findings.AddRange(Checks.Shallow(metrics, thresholds, Id, FileOf));
        findings.AddRange(Checks.Hubs(metrics, thresholds, Id, FileOf));
        findings.AddRange(Checks.Coupling(graph, Id, FileOf));
        findings.AddRange(Checks.Scattered(modules, profile, thresholds, Id, FileOf));
        findings.AddRange(Checks.TestGaps(modules, profile, Id, FileOf));
        findings.AddRange(Checks.Unparsed(modules, Id, FileOf));

        var sorted = findings.OrderBy(f => f.Severity).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        var errors = sorted.Count(f => f.Severity == Severity.Error);
        var warnings = sorted.Count(f => f.Severity == Severity.Warning);
        var infos = sorted.Count(f => f.Severity == Severity.Info);
        return new AssessmentReport
        {
            RootPath = rootPath,
            Language = language,
            Findings = sorted,
            ModuleMetrics = [.. metrics.OrderBy(m => m.Path, StringComparer.Ordinal)],
            AssessedAt = assessedAt,
            Summary = string.Create(CultureInfo.InvariantCulture, $"{modules.Count} modules analyzed. {errors} error(s), {warnings} warning(s), {infos} info(s)."),
        };
    }

    private static ModuleMetrics Measure(ParsedModule module, ImportGraph graph, Dictionary<string, int> fanIn)
    {
        var size = module.PublicFunctions + module.PublicClasses;
        var imports = graph.Targets(module.Path).ToList();
        return new ModuleMetrics
        {
            Path = module.Path,
            Loc = module.Loc,
            PublicFunctions = module.PublicFunctions,
            PublicClasses = module.PublicClasses,
            InterfaceSize = size,
            // A file that does not parse has lines but no measured interface: the Python Pact left its ratio at 0.
            DepthRatio = module.Error is null ? (double)module.Loc / Math.Max(1, size) : 0.0,
            FanIn = fanIn.GetValueOrDefault(module.Path),
            FanOut = imports.Count,
            Imports = imports,
        };
    }
}

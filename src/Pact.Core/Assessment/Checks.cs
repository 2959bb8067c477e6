namespace Pact.Assessment;

/// <summary>The six checks of the assessment, each numbering its findings through <c>id</c> in the order it finds them.</summary>
internal static class Checks
{
    public static IEnumerable<AssessmentFinding> Shallow(IReadOnlyList<ModuleMetrics> metrics, AssessmentThresholds thresholds, Func<string> id, Func<string, string> fileOf)
    {
        // The Python Pact truncates the count thresholds to whole numbers; the ratio stays a real number.
        var minInterface = (int)thresholds.ShallowMinInterface;
        foreach (var m in metrics.Where(m => m.InterfaceSize >= minInterface && m.DepthRatio < thresholds.ShallowDepthRatio))
        {
            yield return new AssessmentFinding
            {
                Id = id(),
                Severity = Severity.Warning,
                Category = AssessmentCategories.ShallowModule,
                ModulePath = m.Path,
                Description = Text($"{m.Path}: depth ratio {m.DepthRatio:F1} ({m.Loc} lines of code behind {m.InterfaceSize} public names); the interface costs almost as much to learn as the code it hides."),
                Suggestion = "Fold related functions together, or hide the detail behind fewer, deeper entry points.",
                MetricValue = m.DepthRatio,
                LocationFile = fileOf(m.Path),
            };
        }
    }

    public static IEnumerable<AssessmentFinding> Hubs(IReadOnlyList<ModuleMetrics> metrics, AssessmentThresholds thresholds, Func<string> id, Func<string, string> fileOf)
    {
        var warning = (int)thresholds.HubFanInWarning;
        var error = (int)thresholds.HubFanInError;
        foreach (var m in metrics)
        {
            if (m.FanIn >= error)
            {
                yield return Hub(m, fileOf(m.Path), id(), Severity.Error, Text($"{m.Path}: {m.FanIn} other modules import it; a change here reaches all of them."), "Split it into focused modules, or give it a narrower public interface.");
            }
            else if (m.FanIn >= warning)
            {
                yield return Hub(m, fileOf(m.Path), id(), Severity.Warning, Text($"{m.Path}: {m.FanIn} other modules import it; it is becoming a hub."), "Watch it: if more modules come to depend on it, split its responsibilities.");
            }
        }
    }

    private static AssessmentFinding Hub(ModuleMetrics m, string file, string id, Severity severity, string description, string suggestion) => new()
    {
        Id = id,
        Severity = severity,
        Category = AssessmentCategories.HubDependency,
        ModulePath = m.Path,
        Description = description,
        Suggestion = suggestion,
        MetricValue = m.FanIn,
        LocationFile = file,
    };

    public static IEnumerable<AssessmentFinding> Coupling(ImportGraph graph, Func<string> id, Func<string, string> fileOf)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var source in graph.Nodes)
        {
            foreach (var target in graph.Targets(source).Where(t => graph.HasEdge(t, source)))
            {
                var (first, second) = string.CompareOrdinal(source, target) <= 0 ? (source, target) : (target, source);
                if (!seen.Add((first, second)))
                {
                    continue;
                }
                yield return new AssessmentFinding
                {
                    Id = id(),
                    Severity = Severity.Warning,
                    Category = AssessmentCategories.TightCoupling,
                    ModulePath = first,
                    Description = $"Mutual import: {first} <-> {second}; neither can change or be tested without the other.",
                    Suggestion = "Move what they share into a third module, or merge them if they are one responsibility.",
                    RelatedModules = [second],
                    RelatedFiles = [fileOf(second)],
                    LocationFile = fileOf(first),
                    Line = graph.Edges[first][second],
                };
            }
        }

        var nodes = new HashSet<string>(graph.Nodes, StringComparer.Ordinal);
        nodes.UnionWith(graph.Nodes.SelectMany(graph.Targets));
        foreach (var component in StronglyConnected.Components(nodes, graph.Targets).Where(c => c.Count >= 3))
        {
            var members = component.Order(StringComparer.Ordinal).ToList();
            var shown = string.Join(", ", members.Take(5)) + (members.Count > 5 ? "..." : "");
            yield return new AssessmentFinding
            {
                Id = id(),
                Severity = Severity.Error,
                Category = AssessmentCategories.TightCoupling,
                ModulePath = members[0],
                Description = Text($"Import cycle of {members.Count} modules: {shown}; none of them can be understood or tested alone."),
                Suggestion = "Break the cycle: move the shared types or interfaces into a module that imports nothing from the cycle.",
                RelatedModules = members[1..],
                RelatedFiles = [.. members[1..].Select(fileOf)],
                LocationFile = fileOf(members[0]),
                Line = graph.Edges.TryGetValue(members[0], out var targets) ? targets.Where(t => members.Contains(t.Key)).Select(t => (int?)t.Value).Min() : null,
            };
        }
    }

    public static IEnumerable<AssessmentFinding> Scattered(IReadOnlyList<ParsedModule> modules, IAssessProfile profile, AssessmentThresholds thresholds, Func<string> id, Func<string, string> fileOf)
    {
        var info = (int)thresholds.ScatteredImportInfo;
        var warning = (int)thresholds.ScatteredImportWarning;
        var sites = new SortedDictionary<(string Module, string Name), SortedDictionary<string, int>>(Comparer<(string Module, string Name)>.Create(
            (a, b) => string.CompareOrdinal(a.Module, b.Module) is var byModule and not 0 ? byModule : string.CompareOrdinal(a.Name, b.Name)));
        foreach (var module in modules)
        {
            foreach (var import in module.Imports)
            {
                if (profile.ScatterKey(module, import) is not { } key)
                {
                    continue;
                }
                foreach (var name in import.Names)
                {
                    if (!sites.TryGetValue((key, name), out var files))
                    {
                        sites[(key, name)] = files = new SortedDictionary<string, int>(StringComparer.Ordinal);
                    }
                    files[module.Path] = files.TryGetValue(module.Path, out var line) ? Math.Min(line, import.Line) : import.Line;
                }
            }
        }

        foreach (var ((module, name), files) in sites)
        {
            var severity = files.Count >= warning ? Severity.Warning : files.Count >= info ? Severity.Info : (Severity?)null;
            if (severity is null)
            {
                continue;
            }
            var first = files.First();
            yield return new AssessmentFinding
            {
                Id = id(),
                Severity = severity.Value,
                Category = AssessmentCategories.ScatteredLogic,
                ModulePath = module,
                Description = Text($"`{profile.ImportText(module, name)}` is written in {files.Count} files; the idea may be spread around instead of kept in one place."),
                Suggestion = "If these callers repeat logic around this import, give them one higher-level function to call instead.",
                MetricValue = files.Count,
                RelatedModules = [.. files.Keys.Take(10)],
                RelatedFiles = [.. files.Keys.Take(10).Select(fileOf)],
                LocationFile = fileOf(first.Key),
                Line = first.Value,
            };
        }
    }

    public static IEnumerable<AssessmentFinding> TestGaps(IReadOnlyList<ParsedModule> modules, IAssessProfile profile, Func<string> id, Func<string, string> fileOf)
    {
        foreach (var module in modules)
        {
            if (profile.MissingTest(module) is not { } expected)
            {
                continue;
            }
            yield return new AssessmentFinding
            {
                Id = id(),
                Severity = Severity.Info,
                Category = AssessmentCategories.TestGap,
                ModulePath = module.Path,
                Description = $"{module.Path}: no test file for it (looked for {expected}).",
                Suggestion = "Add tests, so a regression here is caught.",
                LocationFile = fileOf(module.Path),
            };
        }
    }

    public static IEnumerable<AssessmentFinding> Unparsed(IReadOnlyList<ParsedModule> modules, Func<string> id, Func<string, string> fileOf)
    {
        foreach (var module in modules.Where(m => m.Error is not null))
        {
            yield return new AssessmentFinding
            {
                Id = id(),
                Severity = Severity.Warning,
                Category = AssessmentCategories.ParseError,
                ModulePath = module.Path,
                Description = $"{module.Path}: {module.Error}; its lines are counted, its imports and public names are not.",
                Suggestion = "Fix the file (or exclude it) so its dependencies are part of the assessment.",
                LocationFile = fileOf(module.Path),
                Line = module.ErrorLine,
            };
        }
    }

    /// <summary>The file name without its last suffix, as Python's <c>Path.stem</c>.</summary>
    public static string Stem(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

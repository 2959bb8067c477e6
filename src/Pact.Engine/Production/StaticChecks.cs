using System.Text.RegularExpressions;
using Pact.Production;

namespace Pact.Engine.Production;

/// <summary>
/// The deterministic, non-live checks over the project tree: likely hard-coded secrets, dependency manifests, an
/// SBOM, OpenAPI shape and leftover stubs. Each result says pass, fail or not-detected and lists the files it rests
/// on; a missing artifact is never turned into a failure it did not earn.
/// </summary>
internal static partial class StaticChecks
{
    /// <summary>Files larger than this are not read: generated bundles and data, not source or manifests.</summary>
    private const long MaxFileBytes = 2 * 1024 * 1024;

    private static readonly HashSet<string> ManifestNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "requirements.txt", "pyproject.toml", "Pipfile", "Pipfile.lock", "poetry.lock", "setup.py", "setup.cfg",
        "package.json", "package-lock.json", "pnpm-lock.yaml", "yarn.lock", "packages.lock.json", "Directory.Packages.props",
        "go.mod", "Cargo.toml", "Cargo.lock", "pom.xml", "build.gradle", "build.gradle.kts", "Gemfile", "Gemfile.lock", "composer.json",
    };

    private static readonly string[] ManifestSuffixes = [".csproj", ".fsproj", ".vbproj"];

    private static readonly string[] StubMarkers = ["raise NotImplementedError", "throw new System.NotImplementedException", "throw new NotImplementedException", "throw new Error(\"not implemented"];

    public static IReadOnlyList<StaticCheckResult> Run(ProjectLayout layout, string packDir, SecretsAllowlist? allowlist, IReadOnlyList<Diagnostic> allowlistErrors)
    {
        var files = ProjectTree.Files(layout.Root, [layout.PactDir]).Where(f => new FileInfo(f).Length <= MaxFileBytes).ToList();
        var texts = files.Select(f => (Path: layout.Relative(f), Text: ReadText(f))).Where(t => t.Text is not null).Select(t => (t.Path, Text: t.Text!)).ToList();
        return
        [
            Secrets(texts, allowlist, allowlistErrors),
            Manifests(texts.Select(t => t.Path).Concat(files.Select(layout.Relative)).Distinct().ToList()),
            Sbom(texts),
            OpenApi(texts, layout.Relative(packDir) + "/"),
            Stubs(texts.Where(t => t.Path.StartsWith("src/", StringComparison.Ordinal)).ToList()),
        ];
    }

    internal static StaticCheckResult Secrets(IReadOnlyList<(string Path, string Text)> texts, SecretsAllowlist? allowlist, IReadOnlyList<Diagnostic> allowlistErrors)
    {
        if (allowlistErrors.Count > 0)
        {
            return new() { Check = DerivedEvidence.SecretScan, Status = StaticCheckStatus.Fail, Summary = "the secrets allow-list is invalid", Evidence = [.. allowlistErrors.Select(d => d.ToString())] };
        }

        var allowed = (allowlist?.Allow ?? []).Select(a => (a.File, a.Rule)).ToHashSet();
        var findings = texts.SelectMany(t => SecretRules.Scan(t.Text, t.Path)).ToList();
        var reported = findings.Where(f => !allowed.Contains((f.File, f.Rule))).ToList();
        var waived = findings.Count - reported.Count;
        return reported.Count > 0
            ? new() { Check = DerivedEvidence.SecretScan, Status = StaticCheckStatus.Fail, Summary = $"{reported.Count} likely hard-coded secret(s) in {reported.Select(f => f.File).Distinct().Count()} file(s)", Evidence = [.. reported.Select(f => f.ToString())] }
            : new() { Check = DerivedEvidence.SecretScan, Status = StaticCheckStatus.Pass, Summary = $"no likely secret in {texts.Count} text files{(waived > 0 ? $" ({waived} allow-listed)" : "")}", Evidence = [.. findings.Select(f => $"allowed: {f}")] };
    }

    internal static StaticCheckResult Manifests(IReadOnlyList<string> paths)
    {
        var found = paths.Where(p => ManifestNames.Contains(Path.GetFileName(p)) || ManifestSuffixes.Any(s => p.EndsWith(s, StringComparison.OrdinalIgnoreCase))).Order(StringComparer.Ordinal).ToList();
        return found.Count > 0
            ? new() { Check = DerivedEvidence.DependencyManifest, Status = StaticCheckStatus.Pass, Summary = $"{found.Count} dependency manifest(s)", Evidence = found }
            : new() { Check = DerivedEvidence.DependencyManifest, Status = StaticCheckStatus.Fail, Summary = "no dependency manifest (requirements.txt, pyproject.toml, package.json, *.csproj, go.mod …)" };
    }

    internal static StaticCheckResult Sbom(IReadOnlyList<(string Path, string Text)> texts)
    {
        var found = texts.Where(t => MaybeSbom(t.Path)).Select(t => (t.Path, Format: SbomFormats.Recognise(t.Text))).Where(t => t.Format is not null).Select(t => $"{t.Path} ({t.Format})").ToList();
        return found.Count > 0
            ? new() { Check = DerivedEvidence.Sbom, Status = StaticCheckStatus.Pass, Summary = $"{found.Count} SBOM(s)", Evidence = found }
            : new() { Check = DerivedEvidence.Sbom, Status = StaticCheckStatus.Fail, Summary = "no SBOM (CycloneDX JSON/XML or SPDX JSON/tag-value) in the project" };
    }

    internal static StaticCheckResult OpenApi(IReadOnlyList<(string Path, string Text)> texts, string packPrefix)
    {
        var assessed = new List<OpenApiAssessment>();
        foreach (var (path, text) in texts)
        {
            // The pack's own YAML is never an API description; the prefilter spares parsing every other YAML file.
            if (path.StartsWith(packPrefix, StringComparison.Ordinal) || !IsYamlOrJson(path) || !OpenApiKey().IsMatch(text))
            {
                continue;
            }

            var document = DocumentParser.Parse(text, path);
            if (document.Ok && document.Root is System.Text.Json.Nodes.JsonObject root && OpenApiShape.VersionOf(root) is not null)
            {
                assessed.Add(OpenApiShape.Check(root, path));
            }
        }

        if (assessed.Count == 0)
        {
            return new() { Check = DerivedEvidence.Openapi, Status = StaticCheckStatus.NotDetected, Summary = "no OpenAPI document in the project" };
        }

        var problems = assessed.SelectMany(a => a.Problems.Select(p => $"{a.File}: {p}")).ToList();
        return problems.Count > 0
            ? new() { Check = DerivedEvidence.Openapi, Status = StaticCheckStatus.Fail, Summary = $"{problems.Count} problem(s) in {assessed.Count(a => a.Problems.Count > 0)} OpenAPI document(s)", Evidence = problems }
            : new() { Check = DerivedEvidence.Openapi, Status = StaticCheckStatus.Pass, Summary = $"{assessed.Count} OpenAPI document(s), {assessed.Sum(a => a.Operations)} operations with auth, errors and rate limits", Evidence = [.. assessed.Select(a => $"{a.File} (OpenAPI {a.Version})")] };
    }

    internal static StaticCheckResult Stubs(IReadOnlyList<(string Path, string Text)> sources)
    {
        if (sources.Count == 0)
        {
            return new() { Check = DerivedEvidence.StubScan, Status = StaticCheckStatus.NotDetected, Summary = "no source under src/" };
        }

        var found = sources.SelectMany(s => s.Text.Split('\n').Select((line, i) => (s.Path, Line: i + 1, Text: line)))
            .Where(l => StubMarkers.Any(m => l.Text.Contains(m, StringComparison.Ordinal))).Select(l => $"{l.Path}:{l.Line} {l.Text.Trim()}").ToList();
        return found.Count > 0
            ? new() { Check = DerivedEvidence.StubScan, Status = StaticCheckStatus.Fail, Summary = $"{found.Count} generated stub bod(ies) left in src/", Evidence = found }
            : new() { Check = DerivedEvidence.StubScan, Status = StaticCheckStatus.Pass, Summary = $"no stub body left in {sources.Count} source file(s)" };
    }

    private static bool IsYamlOrJson(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static bool MaybeSbom(string path) =>
        IsYamlOrJson(path) || path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".spdx", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file as UTF-8 text, or null for a binary file (one with a NUL byte) or a link.</summary>
    private static string? ReadText(string path)
    {
        if (new FileInfo(path).LinkTarget is not null)
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        return bytes.AsSpan().IndexOf((byte)0) >= 0 ? null : Encoding.UTF8.GetString(bytes);
    }

    [GeneratedRegex(@"(?m)(?:^|[{,])\s*[""']?(?:openapi|swagger)[""']?\s*:")]
    private static partial Regex OpenApiKey();
}

using Pact.Assessment;

namespace Pact.Engine.Assessment;

/// <summary>
/// Reads a TypeScript or JavaScript tree: discovery (the source extensions of the language, no <c>.d.ts</c>
/// declaration files, skipped folders as <see cref="SourceTree"/>), JavaScript through <see cref="JavaScriptParser"/>
/// and TypeScript/JSX through <see cref="ScriptScanner"/>, in parallel over the cores; and the test files beside the
/// root (its parent, as Python's test search) that the profile's test-gap check needs.
/// </summary>
public static class ScriptModuleReader
{
    public static readonly IReadOnlySet<string> JavaScriptExtensions = new HashSet<string>(StringComparer.Ordinal) { ".js", ".jsx", ".mjs", ".cjs" };

    public static readonly IReadOnlySet<string> TypeScriptExtensions = new HashSet<string>(StringComparer.Ordinal) { ".ts", ".tsx", ".mts", ".cts" };

    public static async Task<AssessReading> ReadAsync(string language, string root, IReadOnlySet<string> extensions, CancellationToken cancellationToken)
    {
        bool Take(string name) => !name.EndsWith(".d.ts", StringComparison.Ordinal) && !name.EndsWith(".d.mts", StringComparison.Ordinal)
            && !name.EndsWith(".d.cts", StringComparison.Ordinal) && extensions.Contains(Path.GetExtension(name));

        var files = SourceTree.Files(root, Take);
        var parent = Path.GetDirectoryName(root) ?? root;
        var tests = Task.Run(() => TestedStems(parent, Take), cancellationToken);
        var modules = new ParsedModule[files.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var (absolute, relative, _) = files[i];
            var (text, error) = await SourceTree.ReadAsync(absolute, ct);
            modules[i] = text is null ? new ParsedModule { Path = relative, Error = error }
                : JavaScriptExtensions.Contains(Path.GetExtension(relative)) && !relative.EndsWith(".jsx", StringComparison.Ordinal) ? JavaScriptParser.Parse(relative, text)
                : ScriptScanner.Scan(relative, text, jsx: relative.EndsWith('x'));
        });
        return new AssessReading(modules, new ScriptProfile(language, modules, await tests));
    }

    private static IReadOnlySet<string> TestedStems(string directory, Func<string, bool> take) =>
        new HashSet<string>(SourceTree.Files(directory, take).Where(f => ScriptProfile.IsTest(f.Relative)).Select(f => ScriptProfile.TestedStem(f.Relative)), StringComparer.Ordinal);
}

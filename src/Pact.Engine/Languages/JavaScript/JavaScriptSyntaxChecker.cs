using System.Text.RegularExpressions;
using Pact.Gates;

namespace Pact.Engine.Languages.JavaScript;

/// <summary>JavaScript parses when <c>node --check</c> accepts it (as an ES module, the form generated tests take).</summary>
public sealed partial class JavaScriptSyntaxChecker(Toolchain.Toolchain toolchain, ProcessRunner processes) : ISyntaxChecker
{
    /// <summary>
    /// Parses every source as an ES module (SourceTextModule parses and neither links nor runs it) and prints one
    /// verdict per source. It gives no line, so each source it refuses is checked again alone with <c>node --check</c>.
    /// </summary>
    private const string BatchScript = """
        const vm = require("node:vm");
        const sources = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
        console.log(JSON.stringify(sources.map(source => {
          try { new vm.SourceTextModule(source, { identifier: "suite.test.mjs" }); return true; }
          catch (e) { if (e instanceof SyntaxError) return false; throw e; }
        })));
        """;

    /// <summary>
    /// All sources in one node process; starting node once per suite was most of `pact validate` on a JavaScript
    /// project. A node without SourceTextModule, or any other failure of the batch, falls back to one check per source.
    /// </summary>
    public async Task<IReadOnlyList<SyntaxCheck>> CheckAllAsync(IReadOnlyList<string> codes, PactConfig? config, CancellationToken cancellationToken)
    {
        var verdicts = codes.Count > 1 ? await BatchAsync(codes, cancellationToken) : null;
        var results = new List<SyntaxCheck>(codes.Count);
        for (var i = 0; i < codes.Count; i++)
        {
            results.Add(verdicts is not null && verdicts[i] ? SyntaxCheck.Parsed : await CheckAsync(codes[i], config, cancellationToken));
        }
        return results;
    }

    private async Task<IReadOnlyList<bool>?> BatchAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        var input = JsonSerializer.Serialize(codes, PactJson.Context.IReadOnlyListString);
        var run = await processes.RunAsync(ProcessSpec.Tool(toolchain.Node, ["--experimental-vm-modules", "--no-warnings", "-e", BatchScript], input, SyntaxCheckers.Timeout), cancellationToken);
        if (!run.Started || run.TimedOut || run.ExitCode != 0)
        {
            return null;
        }
        // Anything but one boolean per source (a warning on stdout, a truncated line) means: check them one by one.
        try
        {
            using var verdict = JsonDocument.Parse(run.Stdout);
            var verdicts = verdict.RootElement.EnumerateArray().Select(v => v.GetBoolean()).ToList();
            return verdicts.Count == codes.Count ? verdicts : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    public async Task<SyntaxCheck> CheckAsync(string code, PactConfig? config, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("pact-js-");
        try
        {
            var file = Path.Combine(directory.FullName, "suite.test.mjs");
            await File.WriteAllTextAsync(file, code, cancellationToken);
            var run = await processes.RunAsync(ProcessSpec.Tool(toolchain.Node, ["--check", file], null, SyntaxCheckers.Timeout), cancellationToken);
            if (!run.Started || run.TimedOut)
            {
                return SyntaxCheckers.ToolFailed(run, toolchain.Describe(Toolchain.Toolchain.NodeVariable, toolchain.Node), toolchain.NodeEntry.Install);
            }
            if (run.ExitCode == 0)
            {
                return SyntaxCheck.Parsed;
            }
            var line = Location().Match(run.Stderr);
            var message = run.Stderr.Split('\n').FirstOrDefault(l => l.Contains("Error", StringComparison.Ordinal))?.Trim() ?? run.Stderr.Trim();
            return SyntaxCheck.Failed(message, line.Success ? int.Parse(line.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"suite\.test\.mjs:(\d+)")]
    private static partial Regex Location();
}

using System.Text.RegularExpressions;
using Pact.Configuration;
using Pact.Gates;
using Pact.Suites;

namespace Pact.Engine.Languages.JavaScript;

/// <summary>JavaScript parses when <c>node --check</c> accepts it (as an ES module, the form generated tests take).</summary>
public sealed partial class JavaScriptSyntaxChecker(Toolchain.Toolchain toolchain) : ISyntaxChecker
{
    public TestLanguage Language => TestLanguage.Javascript;

    public async Task<SyntaxCheck> CheckAsync(string code, PactConfig? config, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("pact-js-");
        try
        {
            var file = Path.Combine(directory.FullName, "suite.test.mjs");
            await File.WriteAllTextAsync(file, code, cancellationToken);
            var run = await ToolProcess.RunAsync(toolchain.Node, ["--check", file], null, SyntaxCheckers.Timeout, cancellationToken);
            if (!run.Started || run.TimedOut)
            {
                return SyntaxCheckers.ToolFailed(run, toolchain.Describe(Toolchain.Toolchain.NodeVariable, toolchain.Node));
            }
            if (run.ExitCode == 0)
            {
                return SyntaxCheck.Parsed;
            }
            var line = Location().Match(run.Error);
            var message = run.Error.Split('\n').FirstOrDefault(l => l.Contains("Error", StringComparison.Ordinal))?.Trim() ?? run.Error.Trim();
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

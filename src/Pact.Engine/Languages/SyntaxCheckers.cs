using Pact.Gates;

namespace Pact.Engine.Languages;

/// <summary>The syntax checker of each registered language; an unknown language reports a failed check that says so.</summary>
public sealed class SyntaxCheckers(LanguageRegistry languages)
{

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public Task<SyntaxCheck> CheckAsync(TestLanguage language, string code, Configuration.PactConfig? config, CancellationToken cancellationToken) =>
        languages.Find(language) is { } known
            ? known.Syntax.CheckAsync(code, config, cancellationToken)
            : Task.FromResult(NoChecker(language));

    /// <summary>Checks many pieces of code of one language, in one process where the checker can.</summary>
    public Task<IReadOnlyList<SyntaxCheck>> CheckAllAsync(TestLanguage language, IReadOnlyList<string> codes, Configuration.PactConfig? config, CancellationToken cancellationToken) =>
        languages.Find(language) is { } known
            ? known.Syntax.CheckAllAsync(codes, config, cancellationToken)
            : Task.FromResult<IReadOnlyList<SyntaxCheck>>([.. codes.Select(_ => NoChecker(language))]);

    private SyntaxCheck NoChecker(TestLanguage language) => SyntaxCheck.Failed($"Pact has no syntax checker for {language} (it knows {languages.Known})");

    /// <summary>
    /// The verdicts a batch checker prints: a JSON array with one <c>{ok, error, line}</c> per source, in order. Output of
    /// any other shape (a stray print, a truncated line) fails every source with a message naming the tool, rather
    /// than failing the whole command.
    /// </summary>
    internal static IReadOnlyList<SyntaxCheck> Verdicts(Judge.Processes.ProcessOutcome run, int count, string tool, string fallbackError)
    {
        try
        {
            using var verdict = JsonDocument.Parse(run.Stdout);
            var checks = verdict.RootElement.EnumerateArray().Select(root => root.GetProperty("ok").GetBoolean()
                ? SyntaxCheck.Parsed
                : SyntaxCheck.Failed(root.GetProperty("error").GetString() ?? fallbackError, root.GetProperty("line").ValueKind == JsonValueKind.Number ? root.GetProperty("line").GetInt32() : null)).ToList();
            if (checks.Count == count)
            {
                return checks;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            // Not the expected shape: reported below like a wrong count.
        }

        var garbled = SyntaxCheck.Failed($"{tool} did not answer with one verdict per source: {run.Stdout.Trim()[..Math.Min(200, run.Stdout.Trim().Length)]}");
        return [.. Enumerable.Repeat(garbled, count)];
    }

    /// <summary>A check that could not run (tool missing, broken or too slow) names the tool and how to install it; it says nothing of the code.</summary>
    internal static SyntaxCheck ToolFailed(Judge.Processes.ProcessOutcome outcome, string tool, string install) =>
        SyntaxCheck.ToolUnavailable(outcome.TimedOut ? $"{tool} did not finish within {Timeout.TotalSeconds:0} s" : $"could not run {tool}: {((outcome.StartError ?? outcome.Stderr).Trim() is { Length: > 0 } error ? error : $"exit code {outcome.ExitCode}")}", install);
}

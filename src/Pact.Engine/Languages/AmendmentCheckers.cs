using System.Text.Json;
using Pact.Suites;

namespace Pact.Engine.Languages;

/// <summary>
/// The amendment checker of each registered language. Fails closed: an unknown language, or a checker that cannot run or
/// answers garbage, refuses the amendment (the suite stays as it was; `pact unfreeze` remains the way to change it).
/// </summary>
public sealed class AmendmentCheckers(LanguageRegistry languages)
{

    public Task<IReadOnlyList<Redefinition>> CheckAsync(TestLanguage language, string lockedCode, string submittedCode, Configuration.PactConfig? config, CancellationToken cancellationToken) =>
        languages.Find(language) is { } known
            ? known.Amendments.CheckAsync(lockedCode, submittedCode, config, cancellationToken)
            : Task.FromResult<IReadOnlyList<Redefinition>>([new Redefinition("", null, $"Pact cannot read amendments in {language}, so it cannot tell an addition from a redefinition")]);

    /// <summary>Runs a checker script that reads <c>[locked, submitted]</c> on stdin and prints a JSON list of <c>{name, line, problem}</c>.</summary>
    internal static async Task<IReadOnlyList<Redefinition>> RunScriptAsync(string program, IReadOnlyList<string> arguments, string lockedCode, string submittedCode, string tool, CancellationToken cancellationToken)
    {
        var input = JsonSerializer.Serialize([lockedCode, submittedCode], Serialization.PactJson.Context.IReadOnlyListString);
        var run = await ToolProcess.RunAsync(program, arguments, input, SyntaxCheckers.Timeout, cancellationToken);
        if (!run.Started || run.TimedOut || run.ExitCode != 0)
        {
            return [new Redefinition("", null, $"could not run {tool} to read the amendment: {(run.TimedOut ? "timed out" : run.Error.Trim())}")];
        }

        try
        {
            using var answer = JsonDocument.Parse(run.Output);
            if (answer.RootElement.ValueKind == JsonValueKind.Object)
            {
                return [new Redefinition("", null, answer.RootElement.GetProperty("error").GetString() ?? $"{tool} could not read the amendment")];
            }

            return [.. answer.RootElement.EnumerateArray().Select(p => new Redefinition(
                p.GetProperty("name").GetString() ?? "",
                p.GetProperty("line").ValueKind == JsonValueKind.Number ? p.GetProperty("line").GetInt32() : null,
                p.GetProperty("problem").GetString() ?? "changes the locked tests"))];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return [new Redefinition("", null, $"{tool} did not answer with a list of findings: {run.Output.Trim()[..Math.Min(200, run.Output.Trim().Length)]}")];
        }
    }
}

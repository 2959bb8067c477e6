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
    internal static async Task<IReadOnlyList<Redefinition>> RunScriptAsync(Judge.Processes.ProcessRunner processes, string program, IReadOnlyList<string> arguments, string lockedCode, string submittedCode, string tool, CancellationToken cancellationToken)
    {
        var input = JsonSerializer.Serialize([lockedCode, submittedCode], Serialization.PactJson.Context.IReadOnlyListString);
        var answer = await CheckerScript.RunAsync(processes, program, arguments, input, p => new Redefinition(
            p.GetProperty("name").GetString() ?? "",
            CheckerScript.Line(p),
            p.GetProperty("problem").GetString() ?? "changes the locked tests"), cancellationToken);
        return answer switch
        {
            { Ran: false } => [new Redefinition("", null, $"could not run {tool} to read the amendment: {answer.Problem}")],
            { Items: null } => [new Redefinition("", null, $"{tool} did not answer with a list of findings ({answer.Problem})")],
            { Problem: { } refused } => [new Redefinition("", null, refused)],
            _ => answer.Items,
        };
    }
}

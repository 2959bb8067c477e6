using Pact.Gates;
using Pact.Suites;

namespace Pact.Engine.Languages;

/// <summary>The syntax checker of each language; a language without one reports a failed check that says so.</summary>
public sealed class SyntaxCheckers(IEnumerable<ISyntaxChecker> checkers)
{
    private readonly Dictionary<TestLanguage, ISyntaxChecker> _byLanguage = checkers.ToDictionary(c => c.Language);

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public Task<SyntaxCheck> CheckAsync(TestLanguage language, string code, Configuration.PactConfig? config, CancellationToken cancellationToken) =>
        _byLanguage.TryGetValue(language, out var checker)
            ? checker.CheckAsync(code, config, cancellationToken)
            : Task.FromResult(SyntaxCheck.Failed($"Pact has no syntax checker for {language.ToString().ToLowerInvariant()}"));

    /// <summary>Checks many pieces of code of one language, in one process where the checker can.</summary>
    public Task<IReadOnlyList<SyntaxCheck>> CheckAllAsync(TestLanguage language, IReadOnlyList<string> codes, Configuration.PactConfig? config, CancellationToken cancellationToken) =>
        _byLanguage.TryGetValue(language, out var checker)
            ? checker.CheckAllAsync(codes, config, cancellationToken)
            : Task.FromResult<IReadOnlyList<SyntaxCheck>>([.. codes.Select(_ => SyntaxCheck.Failed($"Pact has no syntax checker for {language.ToString().ToLowerInvariant()}"))]);

    /// <summary>A check that could not run (tool missing or too slow) is a failure that names the tool.</summary>
    internal static SyntaxCheck ToolFailed(ToolProcess.Outcome outcome, string tool) =>
        SyntaxCheck.Failed(outcome.TimedOut ? outcome.Error : $"could not run {tool}: {outcome.Error.Trim()}");
}

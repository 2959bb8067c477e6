using Pact.Gates;

namespace Pact.Engine.Languages;

/// <summary>Parses code in one language with that language's own parser; never runs it.</summary>
public interface ISyntaxChecker
{
    Task<SyntaxCheck> CheckAsync(string code, Configuration.PactConfig? config, CancellationToken cancellationToken);

    /// <summary>Checks several pieces of code; a checker that can parse them all in one process overrides this.</summary>
    async Task<IReadOnlyList<SyntaxCheck>> CheckAllAsync(IReadOnlyList<string> codes, Configuration.PactConfig? config, CancellationToken cancellationToken)
    {
        var results = new List<SyntaxCheck>(codes.Count);
        foreach (var code in codes)
        {
            results.Add(await CheckAsync(code, config, cancellationToken));
        }
        return results;
    }
}

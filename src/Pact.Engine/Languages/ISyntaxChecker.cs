using Pact.Gates;
using Pact.Suites;

namespace Pact.Engine.Languages;

/// <summary>Parses code in one language with that language's own parser; never runs it.</summary>
public interface ISyntaxChecker
{
    TestLanguage Language { get; }

    Task<SyntaxCheck> CheckAsync(string code, Configuration.PactConfig? config, CancellationToken cancellationToken);
}

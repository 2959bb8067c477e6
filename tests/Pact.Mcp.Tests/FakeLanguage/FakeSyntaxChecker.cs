using Pact.Configuration;
using Pact.Engine.Languages;
using Pact.Gates;

namespace Pact.Mcp.Tests.FakeLanguage;

/// <summary>The fake language's grammar: every non-empty line starts with "test " or "fn ".</summary>
public sealed class FakeSyntaxChecker : ISyntaxChecker
{
    public Task<SyntaxCheck> CheckAsync(string code, PactConfig? config, CancellationToken cancellationToken)
    {
        var lines = code.Split('\n');
        var bad = Array.FindIndex(lines, l => l.Length > 0 && !l.StartsWith("test ", StringComparison.Ordinal) && !l.StartsWith("fn ", StringComparison.Ordinal));
        return Task.FromResult(bad < 0 ? SyntaxCheck.Parsed : SyntaxCheck.Failed("a line is neither `test <name>` nor `fn <name>`", bad + 1));
    }
}

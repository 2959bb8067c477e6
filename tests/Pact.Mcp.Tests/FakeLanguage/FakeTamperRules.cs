using Pact.Configuration;
using Pact.Engine.Judge.Tamper;

namespace Pact.Mcp.Tests.FakeLanguage;

/// <summary>The fake language's tamper rule: a line that calls <c>exit</c> ends the process the tests run in.</summary>
public sealed class FakeTamperRules : ITamperRules
{
    public bool Reads(string fileName) => fileName.EndsWith(".fake", StringComparison.Ordinal);

    public Task<IReadOnlyList<TamperScanner.RawFinding>> ScanAsync(IReadOnlyList<string> files, IReadOnlyDictionary<string, string> texts, PactConfig? config, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TamperScanner.RawFinding>>([.. files.SelectMany(f => texts[f].Split('\n').Select((line, i) => (line, i))
            .Where(l => l.line.Contains("exit", StringComparison.Ordinal))
            .Select(l => new TamperScanner.RawFinding(f, l.i + 1, "tamper.fake.exit_tricks", "ends the process")))]);
}

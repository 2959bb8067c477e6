using Pact.Configuration;
using Pact.Engine.Languages;
using Pact.Suites;

namespace Pact.Mcp.Tests.FakeLanguage;

/// <summary>In the fake language a test is one line, so an appended line can only add a test.</summary>
public sealed class FakeAmendmentChecker : IAmendmentChecker
{
    public Task<IReadOnlyList<Redefinition>> CheckAsync(string lockedCode, string submittedCode, PactConfig? config, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Redefinition>>([]);
}

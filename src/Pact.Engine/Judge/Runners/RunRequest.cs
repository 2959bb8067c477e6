using Pact.Configuration;
using Pact.Suites;

namespace Pact.Engine.Judge.Runners;

/// <summary>One suite to run in a prepared sandbox: the component, the components whose code is on the path, the locked suite.</summary>
public sealed record RunRequest
{
    public required Sandbox Sandbox { get; init; }
    public required string ComponentId { get; init; }

    /// <summary>The component first, then its dependencies (transitively).</summary>
    public required IReadOnlyList<string> Components { get; init; }
    public required ContractTestSuite Suite { get; init; }
    public required PactConfig Config { get; init; }
    public required TimeSpan Timeout { get; init; }

    /// <summary>The test file, relative to the sandbox root.</summary>
    public string TestFile => $"tests/{ComponentId}/{SuiteFiles.CodeFileName(Suite.TestLanguage)}";
}

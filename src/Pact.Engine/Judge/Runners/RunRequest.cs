namespace Pact.Engine.Judge.Runners;

/// <summary>One suite to run in a prepared sandbox: the component, the components whose code is on the path, the locked suite.</summary>
public sealed record RunRequest
{
    public required Sandbox Sandbox { get; init; }
    public required string ComponentId { get; init; }

    /// <summary>The component first, then its dependencies (transitively).</summary>
    public required IReadOnlyList<string> Components { get; init; }
    public required ContractTestSuite Suite { get; init; }

    /// <summary>The suite's language, which names the test file.</summary>
    public required Languages.ILanguage Language { get; init; }

    public required PactConfig Config { get; init; }
    public required TimeSpan Timeout { get; init; }

    /// <summary>How the run is confined; every process of the run gets it.</summary>
    public required Isolation.Confinement Confinement { get; init; }

    /// <summary>The full paths of the runner's tools (<see cref="ITestRunner.Tools"/>), by name; a tool that was not found is absent.</summary>
    public IReadOnlyDictionary<string, string> Tools { get; init; } = new Dictionary<string, string>();

    /// <summary>The tool's full path, or its configured command when it was not found (the start then fails in the runner's words).</summary>
    public string Tool(string name, string fallback) => Tools.TryGetValue(name, out var path) ? path : fallback;

    /// <summary>The contracts of <see cref="Components"/>, as judged: the typed-value wrappers check against them.</summary>
    public IReadOnlyList<Pact.Contracts.ComponentContract> Contracts { get; init; } = [];

    /// <summary>The test file, relative to the sandbox root.</summary>
    public string TestFile => $"tests/{ComponentId}/{Language.SuiteFileName}";
}

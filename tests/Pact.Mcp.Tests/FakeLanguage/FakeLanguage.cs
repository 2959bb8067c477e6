using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pact.Configuration;
using Pact.Contracts;
using Pact.Engine.Judge.Processes;
using Pact.Engine.Judge.Reporting;
using Pact.Engine.Judge.Runners;
using Pact.Engine.Judge.Tamper;
using Pact.Engine.Languages;
using Pact.Engine.Toolchain;
using Pact.Suites;

namespace Pact.Mcp.Tests.FakeLanguage;

/// <summary>
/// A fifth language living wholly in this folder, as docs/DEVELOPING.md's "Adding a language" says a language
/// lives: this type, its parts beside it, and one DI line (<see cref="AddTo"/>). Nothing in src/ names it.
/// </summary>
public sealed class FakeLanguage(ProcessRunner processes) : ILanguage
{
    public static readonly TestLanguage FakeId = new("fake");

    /// <summary>The one registration a language needs.</summary>
    public static void AddTo(IServiceCollection services) => services.TryAddEnumerable(ServiceDescriptor.Singleton<ILanguage, FakeLanguage>());

    public TestLanguage Id => FakeId;

    public string DisplayName => "Fake";

    public string StackLine => "- Fake 1.0; tests with fake-test.";

    public string SuiteFileName => "contract_test.fake";

    public string StubExtension => "fake";

    public string ImplementationFile(ComponentContract contract) => $"src/{contract.ComponentId}/{contract.ComponentId}.fake";

    public string Stub(ComponentContract contract, string projectName) =>
        string.Concat(contract.Functions.Select(f => $"fn {f.Name}\n"));

    public string GeneratedTestFileName(ComponentContract contract) => $"{contract.ComponentId}_generated.fake";

    public string GeneratedTests(ComponentContract contract, string projectName) =>
        string.Concat(contract.Functions.Select(f => $"test {f.Name}\n"));

    public ISyntaxChecker Syntax { get; } = new FakeSyntaxChecker();

    public IAmendmentChecker Amendments { get; } = new FakeAmendmentChecker();

    public ITestRunner Runner { get; } = new FakeRunner(processes);

    public ITamperRules Tamper { get; } = new FakeTamperRules();

    public bool HasReporterChannel => false;

    public (string Code, IReadOnlyList<Canary> Canaries) Canaries(string code, Func<string> name) => ("", []);

    public IReadOnlyList<ToolchainEntry> Tools(PactConfig? config) => [new("fakec", null, "PACT_FAKEC") { Install = "install fakec" }];
}

namespace Pact.Engine.Languages.JavaScript;

/// <summary>JavaScript (ES modules): node:test suites run by node, implementations in src/&lt;cid&gt;/index.js.</summary>
public sealed class JavaScriptLanguage(Toolchain.Toolchain toolchain, ProcessRunner processes) : ILanguage
{
    public TestLanguage Id => TestLanguage.Javascript;

    public string DisplayName => "JavaScript";

    public string StackLine => "- JavaScript (ES modules) on Node.js 20+; tests with node:test.";

    public string SuiteFileName => "contract.test.mjs";

    public string StubExtension => "js";

    public string ImplementationFile(ComponentContract contract) => $"src/{contract.ComponentId}/index.js";

    public string Stub(ComponentContract contract, string projectName) => JavaScriptStubGenerator.Generate(contract);

    public string GeneratedTestFileName(ComponentContract contract) => JavaScriptTestGenerator.FileName(contract);

    // Locked beside the suite, the tests run from tests/<cid>/ and import the implementation the suite imports.
    public string GeneratedTests(ComponentContract contract, string projectName) => JavaScriptTestGenerator.Generate(contract, "../../" + Path.ChangeExtension(ImplementationFile(contract), ".js"));

    public ISyntaxChecker Syntax { get; } = new JavaScriptSyntaxChecker(toolchain, processes);

    public IAmendmentChecker Amendments { get; } = new JavaScriptAmendmentChecker(toolchain, processes);

    public ITestRunner Runner { get; } = new NodeRunner(processes, toolchain);

    public ITamperRules Tamper { get; } = new NodeTamperRules(toolchain, processes);

    public bool HasReporterChannel => true;

    public (string Code, IReadOnlyList<Canary> Canaries) Canaries(string code, Func<string> name) => NodeCanaries.Write(code, name);

    public IReadOnlyList<ToolchainEntry> Tools(PactConfig? config) => [toolchain.NodeEntry];
}

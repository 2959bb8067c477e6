using Pact.Engine.Languages.JavaScript;

namespace Pact.Engine.Languages.TypeScript;

/// <summary>TypeScript (strict): compiled by the pinned compiler, then run like JavaScript; it shares node's canaries and tamper rules.</summary>
public sealed class TypeScriptLanguage(Toolchain.Toolchain toolchain, ProcessRunner processes) : ILanguage
{
    public TestLanguage Id => TestLanguage.Typescript;

    public string DisplayName => "TypeScript";

    public string StackLine => "- TypeScript (strict) on Node.js 20+; tests with node:test.";

    public string SuiteFileName => "contract.test.ts";

    public string StubExtension => "ts";

    public string ImplementationFile(ComponentContract contract) => $"src/{contract.ComponentId}/index.ts";

    public string Stub(ComponentContract contract, string projectName) => TypeScriptStubGenerator.Generate(contract);

    public string GeneratedTestFileName(ComponentContract contract) => TypeScriptTestGenerator.FileName(contract);

    // Locked beside the suite, the tests run from tests/<cid>/ and import the implementation the suite imports.
    public string GeneratedTests(ComponentContract contract, string projectName) => TypeScriptTestGenerator.Generate(contract, "../../" + Path.ChangeExtension(ImplementationFile(contract), ".js"));

    public ISyntaxChecker Syntax { get; } = new TypeScriptSyntaxChecker(toolchain, processes);

    public IAmendmentChecker Amendments { get; } = new TypeScriptAmendmentChecker(toolchain, processes);

    public ITestRunner Runner { get; } = new TypeScriptRunner(processes, toolchain);

    public ITamperRules Tamper { get; } = new NodeTamperRules(toolchain, processes);

    public bool HasReporterChannel => true;

    public (string Code, IReadOnlyList<Canary> Canaries) Canaries(string code, Func<string> name) => NodeCanaries.Write(code, name);

    public IReadOnlyList<ToolchainEntry> Tools(PactConfig? config) => [toolchain.NodeEntry, toolchain.TscEntry];
}

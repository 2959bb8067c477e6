namespace Pact.Engine.Languages.Python;

/// <summary>Python: pytest suites, stubs and implementations as modules under src/&lt;cid&gt;/.</summary>
public sealed class PythonLanguage(Toolchain.Toolchain toolchain, ProcessRunner processes) : ILanguage
{
    public TestLanguage Id => TestLanguage.Python;

    public string DisplayName => "Python";

    public string StackLine => "- Python 3.11+, standard library first; tests with pytest.";

    public string SuiteFileName => "contract_test.py";

    public string StubExtension => "py";

    public string ImplementationFile(ComponentContract contract) => $"src/{contract.ComponentId}/{contract.ComponentId}.py";

    public string Stub(ComponentContract contract, string projectName) => PythonStubGenerator.Generate(contract);

    public string GeneratedTestFileName(ComponentContract contract) => PythonTestGenerator.FileName(contract);

    public string GeneratedTests(ComponentContract contract, string projectName) => PythonTestGenerator.Generate(contract);

    // pytest collects only functions named test_*.
    public string GeneratedTestName(string id) => PythonTestGenerator.TestName(id);

    public ISyntaxChecker Syntax { get; } = new PythonSyntaxChecker(toolchain, processes);

    public IAmendmentChecker Amendments { get; } = new PythonAmendmentChecker(toolchain, processes);

    public ITestRunner Runner { get; } = new PythonRunner(processes, toolchain);

    public ITamperRules Tamper { get; } = new PythonTamperRules(toolchain, processes);

    public bool HasReporterChannel => true;

    public (string Code, IReadOnlyList<Canary> Canaries) Canaries(string code, Func<string> name) => PythonCanaries.Write(code, name);

    public IReadOnlyList<ToolchainEntry> Tools(PactConfig? config) => [toolchain.PythonEntry(config)];
}

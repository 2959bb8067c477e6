using System.Text.RegularExpressions;

namespace Pact.Engine.Languages.CSharp;

/// <summary>
/// C# on .NET: xunit suites built and run by dotnet test in Pact-owned projects. Stubs live in the project's
/// namespace, one sub-namespace per component, since every stub declares its own event delegate and validation exception.
/// </summary>
public sealed class CSharpLanguage(Toolchain.Toolchain toolchain, ProcessRunner processes) : ILanguage
{
    public const string SuiteFile = "ContractTests.cs";

    public TestLanguage Id => TestLanguage.Csharp;

    public string DisplayName => "C#";

    public string StackLine => "- C# on .NET 10, nullable enabled; tests with xunit through dotnet test.";

    public string SuiteFileName => SuiteFile;

    public string StubExtension => "cs";

    public string ImplementationFile(ComponentContract contract) => $"src/{contract.ComponentId}/{CSharpStubGenerator.FileName(contract)}";

    public string Stub(ComponentContract contract, string projectName) => CSharpStubGenerator.Generate(contract, Namespace(contract, projectName));

    public string GeneratedTestFileName(ComponentContract contract) => CSharpTestGenerator.FileName(contract);

    public string GeneratedTests(ComponentContract contract, string projectName) => CSharpTestGenerator.Generate(contract, Namespace(contract, projectName));

    public ISyntaxChecker Syntax { get; } = new CSharpSyntaxChecker();

    public IAmendmentChecker Amendments { get; } = new CSharpAmendmentChecker();

    public ITestRunner Runner { get; } = new DotnetRunner(processes, toolchain);

    public ITamperRules Tamper { get; } = new CSharpTamperRules();

    /// <summary>dotnet test has no channel: its TRX is written by the host process, not the test host the implementation runs in.</summary>
    public bool HasReporterChannel => false;

    public (string Code, IReadOnlyList<Canary> Canaries) Canaries(string code, Func<string> name) => CSharpCanaries.Write(name);

    public IReadOnlyList<ToolchainEntry> Tools(PactConfig? config) => [toolchain.DotnetEntry];

    public IReadOnlyList<Diagnostic> CheckSuite(string code, string file) => CSharpFrameworkNames.Check(code, file);

    /// <summary>"csharp-ledger" in project "my-app" → "MyApp.CsharpLedger".</summary>
    private static string Namespace(ComponentContract contract, string projectName) =>
        $"{Pascal(projectName, "Project")}.{Pascal(contract.ComponentId, "Component")}";

    /// <summary>"csharp-ledger" → "CsharpLedger"; a name with no letter or digit, or starting with a digit, gets <paramref name="fallback"/>.</summary>
    private static string Pascal(string name, string fallback)
    {
        var words = Regex.Split(name, "[^A-Za-z0-9]+").Where(w => w.Length > 0);
        var joined = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return joined.Length == 0 || char.IsAsciiDigit(joined[0]) ? fallback + joined : joined;
    }
}

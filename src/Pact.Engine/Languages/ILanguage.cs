namespace Pact.Engine.Languages;

/// <summary>
/// Everything Pact knows about one language, in one place: a language is one folder under <c>Languages/</c> holding
/// this type and the parts it returns, registered with <see cref="LanguageRegistry"/>. Nothing outside a language's
/// folder switches on its id. docs/DEVELOPING.md ("Adding a language") lists the steps.
/// </summary>
public interface ILanguage
{
    /// <summary>The id pact.yaml (<c>language:</c>) and suites (<c>test_language</c>) name it by.</summary>
    TestLanguage Id { get; }

    /// <summary>How people name it (Python, TypeScript, C#).</summary>
    string DisplayName { get; }

    /// <summary>The line of sops.md's stack section that <c>pact init</c> writes for a project in this language.</summary>
    string StackLine { get; }

    /// <summary>The file name of a suite's code under tests/&lt;cid&gt;/, the one its runner runs.</summary>
    string SuiteFileName { get; }

    /// <summary>The extension of the interface stub beside the contract (<c>contracts/&lt;cid&gt;/interface.&lt;ext&gt;</c>).</summary>
    string StubExtension { get; }

    /// <summary>Where the implementation goes, relative to the project: the file the bundled examples' tests import.</summary>
    string ImplementationFile(ComponentContract contract);

    /// <summary>The interface stub of <paramref name="contract"/>; <paramref name="projectName"/> (the project directory's name) names namespaces where the language has them.</summary>
    string Stub(ComponentContract contract, string projectName);

    /// <summary>The file name of the tests generated from a contract (validators and emissions).</summary>
    string GeneratedTestFileName(ComponentContract contract);

    /// <summary>The tests generated from <paramref name="contract"/>: a validator's acceptance, rejection and boundary cases, and each emission.</summary>
    string GeneratedTests(ComponentContract contract, string projectName);

    /// <summary>The test name (and locked case id) of the generated case <paramref name="id"/>: always containing <see cref="GeneratedSuitePart.Prefix"/>, which submitted suites may not use.</summary>
    string GeneratedTestName(string id) => GeneratedSuitePart.Prefix + id;

    /// <summary>The generated part a visible suite is locked with: the generated tests, written to run after the suite's code in the same file, and their cases.</summary>
    GeneratedSuitePart GeneratedPart(ComponentContract contract, string projectName) => new()
    {
        FileName = GeneratedTestFileName(contract),
        Code = GeneratedTests(contract, projectName),
        TestCases = GeneratedCases.For(contract, GeneratedTestName),
    };

    /// <summary>
    /// Whether the runner may load a file of this name from src/: what an unconfined run copies into its sandbox
    /// (a confined one is shown the whole folder, read-only). By default, the files the tamper scan reads.
    /// </summary>
    bool Imports(string fileName) => Tamper.Reads(fileName);

    /// <summary>Parses code with the language's own parser.</summary>
    ISyntaxChecker Syntax { get; }

    /// <summary>Tells an addition to a frozen suite from a redefinition.</summary>
    IAmendmentChecker Amendments { get; }

    /// <summary>Runs a locked suite in the sandbox.</summary>
    ITestRunner Runner { get; }

    /// <summary>The language's part of the tamper scan of implementations.</summary>
    ITamperRules Tamper { get; }

    /// <summary>
    /// True when the runner loads Pact's reporter in the process the tests run in, so results also come over the
    /// reporter channel; false when the report is written by a host process the implementation never runs in.
    /// </summary>
    bool HasReporterChannel { get; }

    /// <summary>Canary tests to append to <paramref name="code"/>, named by <paramref name="name"/> (<see cref="Judge.Reporting.Canaries"/>).</summary>
    (string Code, IReadOnlyList<Canary> Canaries) Canaries(string code, Func<string> name);

    /// <summary>The programs this language needs, as the toolchain resolves them for <paramref name="config"/>.</summary>
    IReadOnlyList<ToolchainEntry> Tools(PactConfig? config);

    /// <summary>Gates of a suite's code beyond parsing (e.g. C#'s framework names), once it parses; none by default.</summary>
    IReadOnlyList<Diagnostic> CheckSuite(string code, string file) => [];
}

using Pact.Contracts;
using Pact.Engine.Languages.CSharp;
using Pact.Engine.Languages.JavaScript;
using Pact.Engine.Languages.Python;
using Pact.Engine.Languages.TypeScript;
using Pact.Suites;

namespace Pact.Engine.Languages;

/// <summary>
/// The interface stub of a contract in the project's language: what <c>pact contract</c> writes beside the contract
/// (<c>contracts/&lt;cid&gt;/interface.&lt;ext&gt;</c>), what <c>pact stub</c> prints and what the handoff brief shows. One
/// switch per language until the languages become one folder each (issue 17).
/// </summary>
public static class LanguageStubs
{
    public static string Extension(TestLanguage language) => language switch
    {
        TestLanguage.Python => "py",
        TestLanguage.Typescript => "ts",
        TestLanguage.Javascript => "js",
        TestLanguage.Csharp => "cs",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>Where the implementation goes, relative to the project: the file the bundled examples' tests import.</summary>
    public static string ImplementationFile(ComponentContract contract, TestLanguage language) => language switch
    {
        TestLanguage.Python => $"src/{contract.ComponentId}/{contract.ComponentId}.py",
        TestLanguage.Typescript => $"src/{contract.ComponentId}/index.ts",
        TestLanguage.Javascript => $"src/{contract.ComponentId}/index.js",
        TestLanguage.Csharp => $"src/{contract.ComponentId}/{CSharpStubGenerator.FileName(contract)}",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <param name="contract">The accepted contract.</param>
    /// <param name="language">The project's language (pact.yaml).</param>
    /// <param name="projectName">The project directory's name: C# stubs live in its namespace, one sub-namespace per
    /// component, since every stub declares its own event delegate and validation exception.</param>
    public static string Generate(ComponentContract contract, TestLanguage language, string projectName) => language switch
    {
        TestLanguage.Python => PythonStubGenerator.Generate(contract),
        TestLanguage.Typescript => TypeScriptStubGenerator.Generate(contract),
        TestLanguage.Javascript => JavaScriptStubGenerator.Generate(contract),
        TestLanguage.Csharp => CSharpStubGenerator.Generate(contract, $"{Pascal(projectName, "Project")}.{Pascal(contract.ComponentId, "Component")}"),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    /// <summary>"csharp-ledger" → "CsharpLedger"; a name with no letter or digit, or starting with a digit, gets <paramref name="fallback"/>.</summary>
    private static string Pascal(string name, string fallback)
    {
        var words = System.Text.RegularExpressions.Regex.Split(name, "[^A-Za-z0-9]+").Where(w => w.Length > 0);
        var joined = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return joined.Length == 0 || char.IsAsciiDigit(joined[0]) ? fallback + joined : joined;
    }
}

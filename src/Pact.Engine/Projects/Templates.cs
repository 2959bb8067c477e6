using Pact.Suites;

namespace Pact.Engine.Projects;

/// <summary>The starting text of the files <c>pact init</c> writes when no spec supplies them.</summary>
public static class Templates
{
    public const string Task = """
        # Task

        Describe what to build here: who uses it, what it must do, and what "done" means.

        ## Context

        Constraints, existing systems, and anything the builder must not change.

        """;

    public static string Sops(TestLanguage language) => $"""
        # Standard operating procedures

        ## Tech stack

        {Stack(language)}

        ## Standards

        - Contracts before code: every component has a contract and tests before it is implemented.
        - Tests are law: a locked test is never edited to make code pass; the code changes instead.
        - Keep files under 300 lines.

        ## Verification

        - `pact validate` passes with no errors.
        - `pact test` is green for every component; `pact certify` produces a verified certificate.

        """;

    public const string GitIgnore = """
        # Pact run state (locks, audit log, caches): local to each machine.
        .pact/

        """;

    private static string Stack(TestLanguage language) => language switch
    {
        TestLanguage.Python => "- Python 3.11+, standard library first; tests with pytest.",
        TestLanguage.Typescript => "- TypeScript (strict) on Node.js 20+; tests with node:test.",
        TestLanguage.Javascript => "- JavaScript (ES modules) on Node.js 20+; tests with node:test.",
        TestLanguage.Csharp => "- C# on .NET 10, nullable enabled; tests with xunit through dotnet test.",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "no template for this language"),
    };
}

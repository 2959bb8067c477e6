namespace Pact.Assessment;

/// <summary>
/// What a language decides in the assessment and the rules do not: which module an import reaches, which imports
/// count as the same idea repeated (scattered logic), and which modules lack a test. The checks themselves are the
/// same for every language; a profile is built once per assessed tree, with the modules it knows.
/// </summary>
public interface IAssessProfile
{
    /// <summary>The language's id, as <c>--language</c> takes it ("python", "typescript", "javascript", "csharp").</summary>
    string Language { get; }

    /// <summary>The language's name in prose ("Python"), for the summary of an empty tree.</summary>
    string DisplayName { get; }

    /// <summary>The path of the module in the tree that <paramref name="import"/> reaches, or null when it leaves the tree.</summary>
    string? Resolve(ParsedModule from, ParsedImport import);

    /// <summary>The key under which an import's names are counted for scattered logic, or null when it does not count.</summary>
    string? ScatterKey(ParsedModule from, ParsedImport import);

    /// <summary>The import as the language writes it, for a scattered-logic description.</summary>
    string ImportText(string key, string name);

    /// <summary>Null when <paramref name="module"/> is a test or has one; otherwise what was looked for ("test_x.py").</summary>
    string? MissingTest(ParsedModule module);
}

using Pact.Adoption;

namespace Pact.Engine.Adoption;

/// <summary>
/// What <c>pact adopt</c> needs of one language: which files of a source folder are modules, a reader that parses
/// them with the language's own parser, the mapping of its annotations to contract types, the rewrite of the imports
/// between them to Pact's layout, the files a component gets under <c>src/&lt;component&gt;/</c>, and the smoke
/// suite that imports them. The planning, the gates and the writes are <see cref="AdoptService"/>'s, the same for all.
/// </summary>
public interface IAdoptionLanguage
{
    TestLanguage Id { get; }

    /// <summary>What the source is called in messages: a Python package, a TypeScript tree.</summary>
    string Source { get; }

    /// <summary>Whether a folder at the project's top level could be the source when none is named.</summary>
    bool MayBeSource(string folder);

    /// <summary>The modules of <paramref name="root"/> ('/'-relative) and the files left out, each with why.</summary>
    (IReadOnlyList<string> Modules, IReadOnlyList<string> LeftOut) Discover(string root);

    /// <summary>The name the modules' dotted names start with (a Python package, the tree's folder), or null.</summary>
    string? Package(string root);

    /// <summary>The modules as the language's parser reads them, and the flat names a copied module must not take.</summary>
    Task<(IReadOnlyList<AdoptedModule>? Modules, IReadOnlySet<string> Reserved, Diagnostic? Failure)> ReadAsync(PactConfig config, string root, string? package, IReadOnlyList<string> files, CancellationToken cancellationToken);

    /// <summary>An annotation as a contract type expression, <c>Any</c> unless every name in it resolves.</summary>
    string MapType(string? annotation, IReadOnlySet<string> declared);

    /// <summary>Each module's text (by path) with its imports of the tree's other modules pointed at where they go.</summary>
    Task<(IReadOnlyDictionary<string, string>? Texts, Diagnostic? Failure)> RewriteAsync(PactConfig config, string root, string? package, IReadOnlyList<AdoptedModule> modules, AdoptionPlan plan, CancellationToken cancellationToken);

    /// <summary>The files of one component, named relative to its <c>src/&lt;component&gt;/</c>: the copies and the entry the contract is imported from.</summary>
    IEnumerable<(string File, string Text)> Sources(AdoptedComponent component, ComponentContract contract, IReadOnlyDictionary<string, AdoptedModule> modules, AdoptionPlan plan, IReadOnlyDictionary<string, string> texts);

    /// <summary>The component's smoke suite.</summary>
    ContractTestSuite Smoke(AdoptedComponent component, IReadOnlyDictionary<string, AdoptedModule> modules, AdoptionPlan plan);

    /// <summary>The file name of a component's smoke suite under <c>tests/smoke/</c>, where the project keeps a copy to read.</summary>
    string SmokeFile(string componentId);
}

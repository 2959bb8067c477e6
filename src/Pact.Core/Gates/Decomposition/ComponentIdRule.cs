namespace Pact.Gates.Decomposition;

/// <summary>
/// Component ids become directory names (contracts/&lt;id&gt;, src/&lt;id&gt;, tests/&lt;id&gt;) and module names, so
/// each is a safe identifier (the schema checks <c>^[a-z][a-z0-9_]*$</c>), matches its key in <c>nodes</c>, and is not a
/// reserved name: a Windows device name, a directory Pact itself uses, or a name that shadows a language's standard
/// module or test tooling. The list is <see cref="Reserved"/>, documented in docs/GATES.md.
/// </summary>
public static class ComponentIdRule
{
    public const string ReservedId = "decomposition.id.reserved";
    public const string KeyMismatch = "decomposition.id.key_mismatch";

    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        // Windows device names: a directory named so cannot be created or opened there.
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
        // Names Pact gives its own directories, and test tooling that a component module would shadow.
        "src", "tests", "test", "contracts", "decomposition", "certification", "history", "goodhart", "audit", "pact",
        "conftest", "node_modules",
    };

    public static IEnumerable<Diagnostic> Check(DecompositionTree tree, string file)
    {
        foreach (var (key, node) in tree.Nodes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var at = Documents.JsonPointerText.Append("/nodes", key);
            if (node.ComponentId != key)
            {
                yield return Findings.Error(KeyMismatch, file, $"{at}/component_id", $"node '{key}' says its component_id is '{node.ComponentId}'", "make the key of nodes and the component_id the same");
            }
            else if (Reserved.Contains(key))
            {
                yield return Findings.Error(ReservedId, file, $"{at}/component_id", $"'{key}' is a reserved name and cannot be a component id", $"choose a more specific id, e.g. '{key}_component' or a domain name");
            }
        }
    }
}

namespace Pact.Import;

/// <summary>
/// The draft tree of an import: a root for the whole spec over one leaf per imported component. No component, or
/// one, makes the root the only node. More than <see cref="Gates.Decomposition.StructureRule.MaxChildren"/>
/// are grouped, in order, under intermediate nodes, so every parent has the 2–7 children the structure gate asks for.
/// </summary>
public static class TreeDraft
{
    public static DecompositionTree From(ImportedSpec spec)
    {
        var rootId = SpecSections.Id(spec.Title, "feature");
        var summary = spec.Summary.Length > 0 ? spec.Summary : $"{spec.Title}, imported from {spec.Format}.";
        var components = spec.Components.Where(c => c.Id != rootId).ToList();
        if (components.Count <= 1)
        {
            var only = new DecompositionNode { ComponentId = rootId, Name = spec.Title, Description = components.Count == 1 ? $"{Whole(summary, spec)} {components[0].Description}".Trim() : Whole(summary, spec) };
            return new DecompositionTree { RootId = rootId, Nodes = new Dictionary<string, DecompositionNode>(StringComparer.Ordinal) { [rootId] = only } };
        }
        var max = Gates.Decomposition.StructureRule.MaxChildren;
        var nodes = new Dictionary<string, DecompositionNode>(StringComparer.Ordinal);
        var groups = components.Count <= max ? [components] : Chunk(components, (int)Math.Ceiling(components.Count / Math.Ceiling(components.Count / (double)max)));
        var top = new List<string>();
        foreach (var (group, g) in groups.Select((group, g) => (group, g)))
        {
            var parent = rootId;
            var depth = 1;
            if (groups.Count > 1)
            {
                parent = Unique($"{(rootId.Length > 50 ? rootId[..50] : rootId)}_part_{g + 1}", nodes, components);
                depth = 2;
                nodes[parent] = new DecompositionNode
                {
                    ComponentId = parent,
                    Name = $"{spec.Title}, part {g + 1}",
                    Description = $"Groups {string.Join(", ", group.Select(c => c.Name))}.",
                    Depth = 1,
                    ParentId = rootId,
                    Children = [.. group.Select(c => c.Id)],
                };
            }
            top.Add(parent);
            foreach (var component in group)
            {
                nodes[component.Id] = new DecompositionNode { ComponentId = component.Id, Name = component.Name, Description = component.Description, Depth = depth, ParentId = parent };
            }
        }
        nodes[rootId] = new DecompositionNode
        {
            ComponentId = rootId,
            Name = spec.Title,
            Description = Whole(summary, spec),
            Children = groups.Count > 1 ? top : [.. components.Select(c => c.Id)],
        };
        return new DecompositionTree { RootId = rootId, Nodes = nodes };
    }

    /// <summary>The root is the whole system, so it owns every requirement until the contracts divide them.</summary>
    private static string Whole(string summary, ImportedSpec spec) => spec.Requirements.Count == 0 ? summary
        : $"{summary} Requirements: {string.Join("; ", spec.Requirements.Select(r => $"{r.Id} {(r.Title.Length > 0 && r.Title != r.Id ? r.Title + ": " : "")}{r.Text}".Trim()))}.";

    private static List<List<ImportedComponent>> Chunk(List<ImportedComponent> components, int size) => [.. components.Chunk(size).Select(c => c.ToList())];

    private static string Unique(string id, Dictionary<string, DecompositionNode> nodes, List<ImportedComponent> components)
    {
        var unique = id;
        for (var n = 2; nodes.ContainsKey(unique) || components.Any(c => c.Id == unique); n++)
        {
            unique = $"{id}_{n}";
        }
        return unique;
    }
}

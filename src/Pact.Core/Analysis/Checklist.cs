using Pact.Gates;

namespace Pact.Analysis;

/// <summary>
/// <c>pact checklist</c> (reference H.2), mechanical: questions per function (error cases, boundaries of numeric and
/// text inputs, testable conditions, tests present), per contract (invariants, dependencies) and per suite (categories
/// present). Questions Pact can answer from the artifacts carry satisfied true or false; the rest stay open.
/// </summary>
public static class Checklist
{
    public static RequirementsChecklist Build(ProjectArtifacts project, string generatedAt)
    {
        var tree = project.Tree ?? throw new ArgumentException("a checklist needs a decomposition tree", nameof(project));
        var items = new List<(string Category, string Question, string Component, string Reference, bool? Satisfied)>();
        foreach (var node in tree.Nodes.Values.OrderBy(n => n.Depth).ThenBy(n => n.ComponentId, StringComparer.Ordinal))
        {
            if (!project.Contracts.TryGetValue(node.ComponentId, out var contract))
            {
                continue;
            }
            var id = contract.ComponentId;
            var reference = ArtifactPaths.Contract(id);
            var suite = project.Suites.GetValueOrDefault(id);
            foreach (var function in contract.Functions)
            {
                if (function.ErrorCases.Count == 0)
                {
                    items.Add(("error_handling", $"Are error cases defined for '{function.Name}'?", id, reference, null));
                }
                foreach (var input in function.Inputs.Where(i => i.TypeRef.Trim() is "int" or "float" or "number" or "str" or "string"))
                {
                    items.Add(("edge_cases", $"What happens at the boundaries of '{input.Name}' ({input.TypeRef}) in '{function.Name}'?", id, reference, input.Validators.Count > 0 ? true : null));
                }
                foreach (var condition in function.Preconditions)
                {
                    items.Add(("testability", $"Is the precondition '{condition}' of '{function.Name}' testable?", id, reference, null));
                }
                foreach (var condition in function.Postconditions)
                {
                    items.Add(("acceptance_criteria", $"Is the postcondition '{condition}' of '{function.Name}' measurable?", id, reference, null));
                }
                var tests = suite?.TestCases.Where(t => t.Function == function.Name).ToList() ?? [];
                if (tests.Count == 0)
                {
                    items.Add(("testability", $"Does '{function.Name}' have tests?", id, reference, false));
                }
                else
                {
                    items.Add(("testability", $"Does '{function.Name}' have a happy-path test?", id, reference, tests.Any(t => t.Category == TestCategory.HappyPath)));
                    if (function.ErrorCases.Count > 0)
                    {
                        items.Add(("error_handling", $"Does '{function.Name}' have an error-case test?", id, reference, tests.Any(t => t.Category == TestCategory.ErrorCase)));
                    }
                }
            }
            foreach (var invariant in contract.Invariants)
            {
                items.Add(("acceptance_criteria", $"Is the invariant '{invariant}' verified by a test?", id, reference, null));
            }
            foreach (var dependency in contract.Dependencies)
            {
                items.Add(("dependencies", $"Is the dependency '{dependency}' declared on both sides and its interface agreed?", id, reference, null));
            }
            if (suite is not null)
            {
                var suiteReference = ArtifactPaths.Suite(id);
                items.Add(("testability", $"Does the suite of '{id}' have a happy_path test?", id, suiteReference, suite.TestCases.Any(t => t.Category == TestCategory.HappyPath)));
                items.Add(("testability", $"Does the suite of '{id}' have an error_case test?", id, suiteReference, suite.TestCases.Any(t => t.Category == TestCategory.ErrorCase)));
                items.Add(("edge_cases", $"Does the suite of '{id}' have an edge_case test?", id, suiteReference, suite.TestCases.Any(t => t.Category == TestCategory.EdgeCase)));
            }
        }
        return new RequirementsChecklist
        {
            ProjectId = tree.RootId,
            GeneratedAt = generatedAt,
            Items = [.. items.Select((i, n) => new ChecklistItem { Id = $"C{n + 1:000}", Category = i.Category, Question = i.Question, ComponentId = i.Component, Reference = i.Reference, Satisfied = i.Satisfied })],
        };
    }
}

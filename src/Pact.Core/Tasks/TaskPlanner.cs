using System.Text;

namespace Pact.Tasks;

/// <summary>
/// Generates the task list from the tree and contracts (reference H.3): setup, shared types, five chained tasks per
/// leaf, integration per parent (deepest first), polish; then marks tasks done from each node's status.
/// </summary>
public static class TaskPlanner
{
    public static TaskList Generate(DecompositionTree tree, IReadOnlyDictionary<string, ComponentContract> contracts, string generatedAt)
    {
        var tasks = new List<TaskItem>();
        string Add(string phase, string description, string category, string component = "", string file = "", bool parallel = false, params string[] dependsOn)
        {
            var id = $"T{tasks.Count + 1:000}";
            tasks.Add(new TaskItem { Id = id, Phase = phase, ComponentId = component, Description = description, FilePath = file, Parallel = parallel, DependsOn = dependsOn, Category = category });
            return id;
        }
        var init = Add("setup", "Initialize project directory structure", "scaffold");
        var environment = Add("setup", "Verify environment and dependencies", "scaffold", dependsOn: init);
        foreach (var type in contracts.Values.SelectMany(c => c.Types.Select(t => (t.Name, c.ComponentId))).GroupBy(p => p.Name).Where(g => g.Select(p => p.ComponentId).Distinct().Count() > 1).Select(g => g.Key).Order(StringComparer.Ordinal))
        {
            Add("foundational", $"Define shared type: {type}", "type_definition", parallel: true, dependsOn: environment);
        }
        var verifyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var first = true;
        foreach (var leaf in tree.Leaves().OrderBy(n => n.ComponentId, StringComparer.Ordinal))
        {
            var id = leaf.ComponentId;
            var review = Add("component", $"Review contract for {leaf.Name}", "contract_review", id, $"contracts/{id}/interface.json", parallel: first, dependsOn: environment);
            first = false;
            var setup = Add("component", $"Set up tests for {leaf.Name}", "test_setup", id, $"tests/{id}/", dependsOn: review);
            var write = Add("component", $"Write tests for {leaf.Name}", "test_write", id, $"tests/{id}/", dependsOn: setup);
            var implement = Add("component", $"Implement {leaf.Name}", "implement", id, $"src/{id}/", dependsOn: write);
            verifyOf[id] = Add("component", $"Run tests and verify {leaf.Name}", "verify", id, dependsOn: implement);
        }
        var checkpoints = new List<PhaseCheckpoint> { new() { AfterPhase = "component", Description = "All leaf components verified" } };
        foreach (var parent in tree.Nodes.Values.Where(n => n.Children.Count > 0).OrderByDescending(n => n.Depth).ThenBy(n => n.ComponentId, StringComparer.Ordinal))
        {
            var id = parent.ComponentId;
            var review = Add("integration", $"Review contract for {parent.Name}", "contract_review", id, $"contracts/{id}/interface.json");
            Add("integration", $"Write integration tests for {parent.Name}", "test_write", id, $"tests/{id}/", parallel: true, dependsOn: review);
            var integrate = Add("integration", $"Wire children for {parent.Name}", "integrate", id, $"src/{id}/", dependsOn: [review, .. parent.Children.Where(verifyOf.ContainsKey).Select(c => verifyOf[c])]);
            verifyOf[id] = Add("integration", $"Run integration tests for {parent.Name}", "verify", id, dependsOn: integrate);
        }
        checkpoints.Add(new PhaseCheckpoint { AfterPhase = "integration", Description = "All integrations verified" });
        Add("polish", "Run full contract validation gate", "validate");
        Add("polish", "Cross-artifact analysis", "validate");
        Add("polish", "Update design document", "document");
        var list = new TaskList { ProjectId = tree.RootId, Tasks = tasks, Checkpoints = checkpoints, GeneratedAt = generatedAt };
        ApplyStatus(list, tree);
        return list;
    }

    /// <summary>Marks a component's tasks from its node status: contracted → review done; implemented → all but verify; tested → all; failed → verify failed.</summary>
    public static void ApplyStatus(TaskList list, DecompositionTree tree)
    {
        foreach (var task in list.Tasks.Where(t => t.ComponentId.Length > 0 && tree.Nodes.ContainsKey(t.ComponentId)))
        {
            var status = tree.Nodes[task.ComponentId].ImplementationStatus;
            var done = status switch
            {
                ImplementationStatus.Contracted => task.Category == "contract_review",
                ImplementationStatus.Implemented => task.Category != "verify",
                ImplementationStatus.Tested => true,
                ImplementationStatus.Failed => task.Category != "verify",
                _ => false,
            };
            if (done)
            {
                task.Status = "completed";
            }
            else if (status == ImplementationStatus.Failed && task.Category == "verify")
            {
                task.Status = "failed";
            }
        }
    }

    public static string Markdown(TaskList list)
    {
        var text = new StringBuilder();
        var completed = list.Tasks.Count(t => t.Status == "completed");
        text.Append("# TASKS — ").AppendLine(list.ProjectId).AppendLine();
        text.Append("Progress: ").Append(completed).Append('/').Append(list.Tasks.Count).Append(" completed (")
            .Append(list.Tasks.Count == 0 ? 0 : completed * 100 / list.Tasks.Count).AppendLine("%)");
        foreach (var phase in TaskList.Phases)
        {
            var tasks = list.Tasks.Where(t => t.Phase == phase).ToList();
            if (tasks.Count == 0)
            {
                continue;
            }
            text.AppendLine().Append("## Phase: ").Append(char.ToUpperInvariant(phase[0])).AppendLine(phase[1..]).AppendLine();
            foreach (var task in tasks)
            {
                text.Append("- [").Append(task.Status == "completed" ? 'x' : ' ').Append("] ").Append(task.Id).Append(task.Parallel ? " [P]" : "")
                    .Append(task.ComponentId.Length > 0 ? $" [{task.ComponentId}]" : "").Append(' ').Append(task.Description)
                    .AppendLine(task.FilePath.Length > 0 ? $" ({task.FilePath})" : "");
            }
            foreach (var checkpoint in list.Checkpoints.Where(c => c.AfterPhase == phase))
            {
                text.AppendLine().AppendLine("---").Append("CHECKPOINT: ").AppendLine(checkpoint.Description);
            }
        }
        return text.ToString();
    }
}

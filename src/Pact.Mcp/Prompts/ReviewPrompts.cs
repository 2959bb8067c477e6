using Pact.Engine.Handoff;

namespace Pact.Mcp.Prompts;

/// <summary>The phases after planning: shaping, hidden tests (auditor only), implementation, review, and stress-testing a claim.</summary>
[McpServerPromptType]
public sealed class ReviewPrompts(ProjectDirectoryResolver directories, HandoffService handoff)
{
    [McpServerPrompt(Name = "shape")]
    [Description("Shape the task before decomposing it: problem, appetite, breadboard, rabbit holes, no-gos.")]
    [PactTool(ToolTier.Standard, McpRole.Solo | McpRole.Audit)]
    public async Task<string> Shape(McpServer server, CancellationToken cancellationToken)
    {
        var layout = await PromptText.LayoutAsync(directories, server, cancellationToken);
        return new StringBuilder()
            .AppendLine("Write a Shape Up pitch for the task: the problem, the appetite (small or big), a breadboard of places,")
            .AppendLine("affordances and connections, the rabbit holes with how each is patched, and the no-gos.")
            .AppendLine("Submit it with the pact_shape tool as an object matching this schema.")
            .Append(PromptText.Section("task.md", await PromptText.ReadAsync(layout, layout.TaskMd, cancellationToken)))
            .Append(PromptText.Section("schema: pitch", SchemaCatalog.Text(ArtifactKind.Pitch)))
            .ToString();
    }

    [McpServerPrompt(Name = "goodhart")]
    [Description("Write the hidden adversarial suite of one component (auditor only; run it in a separate context from the implementer).")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit)]
    public async Task<string> Goodhart(McpServer server, [Description("Component id")] string component_id, CancellationToken cancellationToken)
    {
        var layout = await PromptText.LayoutAsync(directories, server, cancellationToken);
        return new StringBuilder()
            .AppendLine($"Write hidden tests for component '{component_id}' that an implementation gaming the visible tests would fail:")
            .AppendLine("hard-coded answers, boundaries next to the tested values, invariants over many inputs, postconditions for every")
            .AppendLine("input class. Name Python tests test_goodhart_*. Each case description states the behavioural property it checks")
            .AppendLine("(it becomes a hint), never the expected value. Submit with pact_goodhart; never show these tests to the implementer.")
            .Append(PromptText.Section($"contracts/{component_id}/interface.json", ComponentIds.IsValid(component_id) ? await PromptText.ReadAsync(layout, layout.ContractJson(component_id), cancellationToken) : "(invalid id)"))
            .Append(PromptText.Section("visible suite (what the implementer sees)", ComponentIds.IsValid(component_id) ? await PromptText.ReadAsync(layout, layout.SuiteJson(component_id), cancellationToken) : ""))
            .ToString();
    }

    [McpServerPrompt(Name = "implement")]
    [Description("Implement one component from its handoff brief until pact_test is green.")]
    [PactTool(ToolTier.Core)]
    public async Task<string> Implement(McpServer server, [Description("Component id")] string component_id, CancellationToken cancellationToken)
    {
        var directory = await directories.ResolveAsync(server, null, cancellationToken);
        var brief = await handoff.BriefAsync(directory, component_id, validate: false, maxTokens: 0, cancellationToken);
        if (brief.Data is null)
        {
            throw new McpProtocolException($"no brief for component '{component_id}': {string.Join("; ", brief.Diagnostics.Select(d => d.Message))}", McpErrorCode.InvalidParams);
        }

        return new StringBuilder()
            .AppendLine(brief.Data.Brief.TrimEnd())
            .AppendLine()
            .AppendLine($"Write the implementation under src/{component_id}/. Run pact_test with component_ids [\"{component_id}\"] and fix the code")
            .AppendLine("until it is green. The tests are locked: editing tests/ changes nothing except raising a tamper event.")
            .ToString();
    }

    [McpServerPrompt(Name = "review")]
    [Description("Review the project against its contracts: what the gates and test runs say, and what they cannot see.")]
    [PactTool(ToolTier.Core)]
    public async Task<string> Review(McpServer server, CancellationToken cancellationToken)
    {
        var layout = await PromptText.LayoutAsync(directories, server, cancellationToken);
        return new StringBuilder()
            .AppendLine("Review this project as a skeptical reviewer who reads contracts, not code. Call pact_validate and pact_test,")
            .AppendLine("then check: does every acceptance criterion map to a contract clause and a test? Are error cases and invariants")
            .AppendLine("tested, or only happy paths? Do rationales say what data is touched and why? List concrete findings with the")
            .AppendLine("artifact and JSON pointer each concerns, most severe first.")
            .Append(PromptText.Section("task.md", await PromptText.ReadAsync(layout, layout.TaskMd, cancellationToken)))
            .Append(PromptText.Section("decomposition/interview.json", await PromptText.ReadAsync(layout, layout.InterviewJson, cancellationToken)))
            .ToString();
    }

    [McpServerPrompt(Name = "simulacrum")]
    [Description("Stress-test an architecture or a \"done\" claim by simulating the people and systems that will break it.")]
    [PactTool(ToolTier.Standard)]
    public async Task<string> Simulacrum(McpServer server, [Description("The claim to test, e.g. \"the booking API is done\"")] string claim, CancellationToken cancellationToken)
    {
        var layout = await PromptText.LayoutAsync(directories, server, cancellationToken);
        return new StringBuilder()
            .AppendLine($"Claim under test: \"{claim}\"")
            .AppendLine("Simulate, one at a time, the actors who would disprove it: a hostile user, a careless operator, a tenant")
            .AppendLine("probing another tenant's data, a dependency that times out, a spike of load, a reviewer reading the audit log.")
            .AppendLine("For each, say what they do, what the contracts promise, and whether a test proves the promise. End with the")
            .AppendLine("claim's verdict (holds / holds with gaps / does not hold) and the missing tests or contract clauses. This is")
            .AppendLine("not approval: adjudicate each finding, fix the work, and rerun the gates.")
            .Append(PromptText.Section("task.md", await PromptText.ReadAsync(layout, layout.TaskMd, cancellationToken)))
            .ToString();
    }
}

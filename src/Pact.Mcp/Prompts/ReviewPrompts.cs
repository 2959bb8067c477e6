using Pact.Engine.Handoff;

namespace Pact.Mcp.Prompts;

/// <summary>The phases after planning: shaping, hidden tests (auditor only), implementation, review (Advocate), and stress-testing a claim (Simulacrum).</summary>
[McpServerPromptType]
public sealed class ReviewPrompts(ProjectDirectoryResolver directories, HandoffService handoff, Pact.Engine.Reviews.ReviewPrompt prompt)
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
    [Description("Advocate: review components (or the project) against their contracts, from the contract, the implementation and the latest test results; submit the findings with pact_review.")]
    [PactTool(ToolTier.Core)]
    public async Task<string> Review(
        McpServer server,
        [Description("Component ids to review, comma-separated; default: the whole project")] string? component_id = null,
        [Description("The claim under review, e.g. \"money is done: every contract test passes\"")] string? claim = null,
        CancellationToken cancellationToken = default) =>
        await prompt.AdvocateAsync(await PromptText.LayoutAsync(directories, server, cancellationToken), Ids(component_id), claim, Pact.Engine.Reviews.ReviewPrompt.Answering.Tool, cancellationToken);

    [McpServerPrompt(Name = "simulacrum")]
    [Description("Simulacrum: stress-test an architecture or a \"done\" claim by simulating the people and systems that will break it; submit the text and questions with pact_review.")]
    [PactTool(ToolTier.Standard)]
    public async Task<string> Simulacrum(
        McpServer server,
        [Description("The claim to test, e.g. \"the booking API is done\"")] string claim,
        [Description("Component ids the claim is about, comma-separated; default: the whole project")] string? component_id = null,
        CancellationToken cancellationToken = default) =>
        await prompt.SimulacrumAsync(await PromptText.LayoutAsync(directories, server, cancellationToken), Ids(component_id), claim, Pact.Engine.Reviews.ReviewPrompt.Answering.Tool, cancellationToken);

    private static IReadOnlyList<string> Ids(string? list) =>
        [.. (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}

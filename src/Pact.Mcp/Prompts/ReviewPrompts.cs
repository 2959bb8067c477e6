using Pact.Engine.Pipeline;
using Answering = Pact.Engine.Reviews.ReviewPrompt.Answering;

namespace Pact.Mcp.Prompts;

/// <summary>The phases after planning: shaping, hidden tests (auditor only), implementation, review (Advocate), and stress-testing a claim (Simulacrum).</summary>
[McpServerPromptType]
public sealed class ReviewPrompts(ProjectDirectoryResolver directories, PhasePrompts prompts, Pact.Engine.Reviews.ReviewPrompt prompt)
{
    [McpServerPrompt(Name = "shape")]
    [Description("Shape the task before decomposing it: problem, appetite, breadboard, rabbit holes, no-gos.")]
    [PactTool(ToolTier.Standard, McpRole.Solo | McpRole.Audit)]
    public async Task<string> Shape(McpServer server, CancellationToken cancellationToken) =>
        await prompts.ShapeAsync(await PromptText.LayoutAsync(directories, server, cancellationToken), Answering.Tool, cancellationToken);

    [McpServerPrompt(Name = "goodhart")]
    [Description("Write the hidden adversarial suite of one component (auditor only; run it in a separate context from the implementer).")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit)]
    public async Task<string> Goodhart(McpServer server, [Description("Component id")] string component_id, CancellationToken cancellationToken) =>
        await prompts.GoodhartAsync(await PromptText.LayoutAsync(directories, server, cancellationToken), component_id, Answering.Tool, cancellationToken);

    [McpServerPrompt(Name = "implement")]
    [Description("Implement one component from its handoff brief until pact_test is green.")]
    [PactTool(ToolTier.Core)]
    public async Task<string> Implement(McpServer server, [Description("Component id")] string component_id, CancellationToken cancellationToken)
    {
        var directory = await directories.ResolveAsync(server, null, cancellationToken);
        var (text, problems) = await prompts.ImplementAsync(directory, component_id, Answering.Tool, lastRun: null, cancellationToken);
        return text ?? throw new McpProtocolException($"no brief for component '{component_id}': {string.Join("; ", problems.Select(d => d.Message))}", McpErrorCode.InvalidParams);
    }

    [McpServerPrompt(Name = "review")]
    [Description("Advocate: review components (or the project) against their contracts, from the contract, the implementation and the latest test results; submit the findings with pact_review.")]
    [PactTool(ToolTier.Core)]
    public async Task<string> Review(
        McpServer server,
        [Description("Component ids to review, comma-separated; default: the whole project")] string? component_id = null,
        [Description("The claim under review, e.g. \"money is done: every contract test passes\"")] string? claim = null,
        CancellationToken cancellationToken = default) =>
        await prompt.AdvocateAsync(await PromptText.LayoutAsync(directories, server, cancellationToken), Ids(component_id), claim, Answering.Tool, cancellationToken);

    [McpServerPrompt(Name = "simulacrum")]
    [Description("Simulacrum: stress-test an architecture or a \"done\" claim by simulating the people and systems that will break it; submit the text and questions with pact_review.")]
    [PactTool(ToolTier.Standard)]
    public async Task<string> Simulacrum(
        McpServer server,
        [Description("The claim to test, e.g. \"the booking API is done\"")] string claim,
        [Description("Component ids the claim is about, comma-separated; default: the whole project")] string? component_id = null,
        CancellationToken cancellationToken = default) =>
        await prompt.SimulacrumAsync(await PromptText.LayoutAsync(directories, server, cancellationToken), Ids(component_id), claim, Answering.Tool, cancellationToken);

    private static IReadOnlyList<string> Ids(string? list) =>
        [.. (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}

using Pact.Engine.Pipeline;
using Answering = Pact.Engine.Reviews.ReviewPrompt.Answering;

namespace Pact.Mcp.Prompts;

/// <summary>
/// One prompt per language-model phase, filled from the project's own artifacts and the schema of what the phase
/// must produce, so the host agent writes artifacts the gates accept on the first try.
/// </summary>
[McpServerPromptType]
public sealed class WorkflowPrompts(ProjectDirectoryResolver directories, PhasePrompts prompts)
{
    [McpServerPrompt(Name = "interview")]
    [Description("Interview the user about the task: risks, ambiguities, questions, assumptions, acceptance criteria.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit)]
    public async Task<string> Interview(McpServer server, CancellationToken cancellationToken) =>
        await prompts.InterviewAsync(await PromptText.LayoutAsync(directories, server, cancellationToken), Answering.Tool, cancellationToken);

    [McpServerPrompt(Name = "decompose")]
    [Description("Split the task into 2-7 components with clear responsibilities and dependencies.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit)]
    public async Task<string> Decompose(McpServer server, CancellationToken cancellationToken) =>
        await prompts.DecomposeAsync(await PromptText.LayoutAsync(directories, server, cancellationToken), Answering.Tool, cancellationToken);

    [McpServerPrompt(Name = "contract")]
    [Description("Write the typed interface contract of one component.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit)]
    public async Task<string> Contract(McpServer server, [Description("Component id")] string component_id, CancellationToken cancellationToken) =>
        await prompts.ContractAsync(await PromptText.LayoutAsync(directories, server, cancellationToken), component_id, Answering.Tool, cancellationToken);

    [McpServerPrompt(Name = "diagnose")]
    [Description("Diagnose a component that keeps failing its visible suite: is the implementation, the contract or a person's decision at fault? Answer with pact_diagnose.")]
    [PactTool(ToolTier.Standard)]
    public async Task<string> Diagnose(McpServer server, [Description("Component id")] string component_id, CancellationToken cancellationToken) =>
        await prompts.DiagnoseAsync(await PromptText.LayoutAsync(directories, server, cancellationToken), component_id,
            $"Run pact_test with component_ids [\"{component_id}\"] first: its failures and tracebacks are what you diagnose (a hidden suite shows only counts and hints).",
            attempts: 0, cancellationToken, Answering.Tool);

    [McpServerPrompt(Name = "tests")]
    [Description("Write the visible test suite of one component from its contract.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit)]
    public async Task<string> Tests(McpServer server, [Description("Component id")] string component_id, CancellationToken cancellationToken) =>
        await prompts.TestsAsync(await PromptText.LayoutAsync(directories, server, cancellationToken), component_id, Answering.Tool, cancellationToken);

    [McpServerPrompt(Name = "tighten_adopted")]
    [Description("Tighten a contract pact adopt drafted from existing code: concrete types, validators, error cases and conditions, from the adopted code.")]
    [PactTool(ToolTier.Standard, McpRole.Solo | McpRole.Audit)]
    public async Task<string> TightenAdopted(McpServer server, [Description("Component id")] string component_id, CancellationToken cancellationToken) =>
        await prompts.TightenAdoptedAsync(await PromptText.LayoutAsync(directories, server, cancellationToken), component_id, Answering.Tool, cancellationToken);
}

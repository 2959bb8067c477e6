namespace Pact.Mcp.Prompts;

/// <summary>
/// One prompt per language-model phase, filled from the project's own artifacts and the schema of what the phase
/// must produce, so the host agent writes artifacts the gates accept on the first try.
/// </summary>
[McpServerPromptType]
public sealed class WorkflowPrompts(ProjectDirectoryResolver directories)
{
    [McpServerPrompt(Name = "interview")]
    [Description("Interview the user about the task: risks, ambiguities, questions, assumptions, acceptance criteria.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit)]
    public async Task<string> Interview(McpServer server, CancellationToken cancellationToken)
    {
        var layout = await PromptText.LayoutAsync(directories, server, cancellationToken);
        return new StringBuilder()
            .AppendLine("Read the task and SOPs below. Find the risks, the ambiguities and the questions only the user can answer;")
            .AppendLine("state the assumptions you would make and the acceptance criteria that would prove the task done.")
            .AppendLine("Submit the result with the pact_interview tool as an object matching this schema.")
            .Append(PromptText.Section("task.md", await PromptText.ReadAsync(layout, layout.TaskMd, cancellationToken)))
            .Append(PromptText.Section("sops.md", await PromptText.ReadAsync(layout, layout.SopsMd, cancellationToken)))
            .Append(PromptText.Section("schema: interview", SchemaCatalog.Text(ArtifactKind.Interview)))
            .ToString();
    }

    [McpServerPrompt(Name = "decompose")]
    [Description("Split the task into 2-7 components with clear responsibilities and dependencies.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit)]
    public async Task<string> Decompose(McpServer server, CancellationToken cancellationToken)
    {
        var layout = await PromptText.LayoutAsync(directories, server, cancellationToken);
        return new StringBuilder()
            .AppendLine("Decompose the task into a tree of components: 2 to 7 children per decomposed node, ids in lower snake_case")
            .AppendLine("(they become directory names), one clear responsibility each, no dependency cycles. Leaves are implemented;")
            .AppendLine("parents compose their children. Submit it with the pact_decompose tool as an object matching this schema.")
            .Append(PromptText.Section("task.md", await PromptText.ReadAsync(layout, layout.TaskMd, cancellationToken)))
            .Append(PromptText.Section("decomposition/interview.json", await PromptText.ReadAsync(layout, layout.InterviewJson, cancellationToken)))
            .Append(PromptText.Section("schema: decomposition", SchemaCatalog.Text(ArtifactKind.Decomposition)))
            .ToString();
    }

    [McpServerPrompt(Name = "contract")]
    [Description("Write the typed interface contract of one component.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit)]
    public async Task<string> Contract(McpServer server, [Description("Component id")] string component_id, CancellationToken cancellationToken)
    {
        var layout = await PromptText.LayoutAsync(directories, server, cancellationToken);
        return new StringBuilder()
            .AppendLine($"Write the contract of component '{component_id}': its types (with validators), its functions (inputs, output_type,")
            .AppendLine("error cases, pre- and postconditions), invariants, dependencies, data_access and authority with specific rationales.")
            .AppendLine("Every type name you use must be a primitive, a type you define, or a dependency's type.")
            .AppendLine("Submit it with the pact_contract tool as an object matching this schema.")
            .Append(PromptText.Section("task.md", await PromptText.ReadAsync(layout, layout.TaskMd, cancellationToken)))
            .Append(PromptText.Section("decomposition/tree.json", await PromptText.ReadAsync(layout, layout.TreeJson, cancellationToken)))
            .Append(PromptText.Section("schema: contract", SchemaCatalog.Text(ArtifactKind.Contract)))
            .ToString();
    }

    [McpServerPrompt(Name = "tests")]
    [Description("Write the visible test suite of one component from its contract.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit)]
    public async Task<string> Tests(McpServer server, [Description("Component id")] string component_id, CancellationToken cancellationToken)
    {
        var layout = await PromptText.LayoutAsync(directories, server, cancellationToken);
        var contract = ComponentIds.IsValid(component_id) ? await PromptText.ReadAsync(layout, layout.ContractJson(component_id), cancellationToken) : "(invalid component id)";
        return new StringBuilder()
            .AppendLine($"Write the visible test suite of component '{component_id}' from its contract: at least one happy_path test per")
            .AppendLine("function, one error_case test per declared error case, edge cases from preconditions and validators, and invariant")
            .AppendLine("tests. Every case id must appear in generated_code. Submit it with the pact_tests tool.")
            .Append(PromptText.Section($"contracts/{component_id}/interface.json", contract))
            .Append(PromptText.Section("schema: test_suite", SchemaCatalog.Text(ArtifactKind.TestSuite)))
            .ToString();
    }
}

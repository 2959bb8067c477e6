using Pact.Documents;
using Pact.Engine.Gates;
using Pact.Engine.Judge.Suites;

namespace Pact.Mcp.Tools;

/// <summary>Submitting artifacts: each is checked against its schema and gates before anything is stored.</summary>
[McpServerToolType]
public sealed class ArtifactTools(ProjectDirectoryResolver directories, SubmitService submit, SuiteLockService suites, TimeProvider time)
{
    private const string ProjectDir = "Project directory; default: the client's root";

    [McpServerTool(Name = "pact_interview", Title = "Record the interview", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<SubmitReport>))]
    [Description("Store the interview (risks, ambiguities, questions, assumptions, acceptance criteria, answers). Unanswered questions go to the user as forms when the client supports it; the rest come back as open_question warnings. Schema: pact://schema/interview.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit, Command = SubmitService.InterviewCommand)]
    public async Task<CallToolResult> Interview(McpServer server, [Description("The interview object")] JsonElement interview, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default)
    {
        var directory = await directories.ResolveAsync(server, project_dir, cancellationToken);
        var result = await submit.InterviewAsync(directory, DocumentParser.Argument(nameof(interview), interview), new InterviewElicitation(server, time).AskAsync, cancellationToken);
        return ToolResults.From(result, PactJson.Context.CommandResultSubmitReport);
    }

    [McpServerTool(Name = "pact_shape", Title = "Record the shaping pitch", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<SubmitReport>))]
    [Description("Store the optional Shape Up pitch (problem, appetite, breadboard, rabbit holes, no-gos). Schema: pact://schema/pitch.")]
    [PactTool(ToolTier.Standard, McpRole.Solo | McpRole.Audit, Command = SubmitService.ShapeCommand)]
    public async Task<CallToolResult> Shape(McpServer server, [Description("The pitch object")] JsonElement pitch, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default)
    {
        var directory = await directories.ResolveAsync(server, project_dir, cancellationToken);
        return ToolResults.From(await submit.ShapeAsync(directory, DocumentParser.Argument(nameof(pitch), pitch), cancellationToken), PactJson.Context.CommandResultSubmitReport);
    }

    [McpServerTool(Name = "pact_decompose", Title = "Submit the decomposition", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<SubmitReport>))]
    [Description("Submit the component tree (2-7 children per node, snake_case ids, no cycles). Gate errors come back with pointer, rule and fix. Schema: pact://schema/decomposition.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit, Command = SubmitService.DecomposeCommand)]
    public async Task<CallToolResult> Decompose(McpServer server, [Description("The decomposition tree object")] JsonElement tree, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default)
    {
        var directory = await directories.ResolveAsync(server, project_dir, cancellationToken);
        return ToolResults.From(await submit.DecomposeAsync(directory, DocumentParser.Argument(nameof(tree), tree), cancellationToken), PactJson.Context.CommandResultSubmitReport);
    }

    [McpServerTool(Name = "pact_contract", Title = "Submit a contract", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<SubmitReport>))]
    [Description("Submit one component's interface contract (types, validators, functions, error cases, invariants, dependencies). Schema: pact://schema/contract.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit, Command = SubmitService.ContractCommand)]
    public async Task<CallToolResult> Contract(McpServer server, [Description("Component id")] string component_id, [Description("The contract object")] JsonElement contract, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default)
    {
        var directory = await directories.ResolveAsync(server, project_dir, cancellationToken);
        return ToolResults.From(await submit.ContractAsync(directory, component_id, DocumentParser.Argument(nameof(contract), contract), cancellationToken), PactJson.Context.CommandResultSubmitReport);
    }

    [McpServerTool(Name = "pact_tests", Title = "Submit and lock a visible test suite", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<SuiteLockReport>))]
    [Description("Submit a component's visible test suite. Pact locks it: the judge runs the locked copy, never the view in tests/<id>/. After freezing, only additions are accepted. Schema: pact://schema/test_suite.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit, Command = SuiteLockService.TestsCommand)]
    public async Task<CallToolResult> Tests(McpServer server, [Description("Component id")] string component_id, [Description("The test suite object")] JsonElement suite, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default)
    {
        var directory = await directories.ResolveAsync(server, project_dir, cancellationToken);
        return ToolResults.From(await suites.LockAsync(directory, component_id, DocumentParser.Argument(nameof(suite), suite), SuiteKind.Visible, cancellationToken), PactJson.Context.CommandResultSuiteLockReport);
    }

    [McpServerTool(Name = "pact_goodhart", Title = "Submit a hidden test suite", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<SuiteLockReport>))]
    [Description("Store a hidden (Goodhart) suite in the audit directory. The implementing role never sees it; failures reach it only as counts and graduated hints.")]
    [PactTool(ToolTier.Core, McpRole.Solo | McpRole.Audit, Command = SuiteLockService.GoodhartCommand)]
    public async Task<CallToolResult> Goodhart(McpServer server, [Description("Component id")] string component_id, [Description("The hidden test suite object")] JsonElement suite, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default)
    {
        var directory = await directories.ResolveAsync(server, project_dir, cancellationToken);
        return ToolResults.From(await suites.LockAsync(directory, component_id, DocumentParser.Argument(nameof(suite), suite), SuiteKind.Hidden, cancellationToken), PactJson.Context.CommandResultSuiteLockReport);
    }
}

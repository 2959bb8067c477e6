using Pact.Engine.Gates;
using Pact.Engine.Handoff;
using Pact.Engine.Judge.Certification;
using Pact.Engine.Judge.Runs;
using Pact.Engine.Judge.Suites;
using Pact.Handoff;
using Pact.Mcp.Remote;

namespace Pact.Mcp.Tools;

/// <summary>Checking and judging: validation, the implementer's brief, locked test runs, hidden verdicts, certification.</summary>
[McpServerToolType]
public sealed class JudgeTools(ProjectDirectoryResolver directories, ValidateService validation, HandoffService handoff, JudgeService judge, SuiteStateService state, AuditInitService audit, CertificationService certification, JudgeRemote remote, Pact.Engine.Judge.Tamper.AdjudicationService adjudication, StubService stubs)
{
    private const string ProjectDir = "Project directory; default: the client's root";

    [McpServerTool(Name = "pact_validate", Title = "Run every gate", ReadOnly = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<ValidateReport>))]
    [Description("All gates over the whole project: errors and warnings, each with rule id, file, JSON pointer, message and fix.")]
    [PactTool(ToolTier.Core, Command = ValidateService.Command)]
    public async Task<CallToolResult> Validate(McpServer server, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default) =>
        ToolResults.From(await validation.ValidateAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), cancellationToken), PactJson.Context.CommandResultValidateReport);

    [McpServerTool(Name = "pact_handoff", Title = "Implementer's brief", ReadOnly = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<HandoffBrief>))]
    [Description("The brief an implementing agent needs for one component: contract, interface stub, visible tests, dependency map. Never hidden tests.")]
    [PactTool(ToolTier.Core, Command = HandoffService.Command)]
    public async Task<CallToolResult> Handoff(
        McpServer server,
        [Description("Component id")] string component_id,
        [Description("Also check the brief's structure")] bool validate = false,
        [Description("Token budget (0 = no limit)")] int max_tokens = 0,
        [Description(ProjectDir)] string? project_dir = null,
        CancellationToken cancellationToken = default) =>
        ToolResults.From(await handoff.BriefAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), component_id, validate, max_tokens, cancellationToken), PactJson.Context.CommandResultHandoffBrief);

    [McpServerTool(Name = "pact_stub", Title = "Interface stub", ReadOnly = true, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<StubReport>))]
    [Description("A contract's interface stub in the project's language (functions, types, validation, PACT keys, events) and the file under src/ it starts.")]
    [PactTool(ToolTier.Standard, Command = StubService.Command)]
    public async Task<CallToolResult> Stub(McpServer server, [Description("Component id")] string component_id, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default) =>
        ToolResults.From(await stubs.StubAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), component_id, cancellationToken), PactJson.Context.CommandResultStubReport);

    [McpServerTool(Name = "pact_test", Title = "Run the locked visible tests", ReadOnly = false, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<JudgeReport>))]
    [Description("Run the locked visible suites against src/<id>/ with the real runner in a sandbox; the failures you need to fix. Freezes suites on first run.")]
    [PactTool(ToolTier.Core, Command = JudgeService.TestCommand)]
    public async Task<CallToolResult> Test(
        McpServer server,
        RequestContext<CallToolRequestParams> context,
        [Description("Component ids to test; default: all")] string[]? component_ids = null,
        [Description(ProjectDir)] string? project_dir = null,
        CancellationToken cancellationToken = default)
    {
        var directory = await directories.ResolveAsync(server, project_dir, cancellationToken);
        if (remote.Client is { } service)
        {
            return await service.ForwardAsync("pact_test", JudgeArguments.For(directory, ("component_ids", component_ids ?? [])), cancellationToken);
        }

        var result = await RunProgress.AroundAsync(server, context, progress => judge.TestAsync(directory, component_ids ?? [], new RunOptions { Progress = progress }, cancellationToken), cancellationToken);
        return ToolResults.From(result, PactJson.Context.CommandResultJudgeReport);
    }

    [McpServerTool(Name = "pact_polish", Title = "Hidden-suite verdict", ReadOnly = false, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<JudgeReport>))]
    [Description("Run the hidden suites plus a regression of every visible suite. Hidden failures come back as counts and graduated hints only.")]
    [PactTool(ToolTier.Core, Command = JudgeService.PolishCommand)]
    public async Task<CallToolResult> Polish(McpServer server, RequestContext<CallToolRequestParams> context, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default)
    {
        var directory = await directories.ResolveAsync(server, project_dir, cancellationToken);
        if (remote.Client is { } service)
        {
            return await service.ForwardAsync("pact_polish", JudgeArguments.For(directory), cancellationToken);
        }

        var result = await RunProgress.AroundAsync(server, context, progress => judge.PolishAsync(directory, new RunOptions { Progress = progress }, cancellationToken), cancellationToken);
        return ToolResults.From(result, PactJson.Context.CommandResultJudgeReport);
    }

    [McpServerTool(Name = "pact_certify", Title = "Certify or verify", ReadOnly = false, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<CertifyReport>))]
    [Description("Run every visible and hidden suite and, if all pass with no open tamper event, write a signed certificate. verify=true rechecks an existing one.")]
    [PactTool(ToolTier.Core, Command = CertificationService.Command)]
    public async Task<CallToolResult> Certify(McpServer server, RequestContext<CallToolRequestParams> context, [Description("Verify the existing certificate instead of writing one")] bool verify = false, [Description("With verify: a PEM public key file (outside the project) to verify with")] string? key = null, [Description("With verify: the id of a key in the operator's trust store to verify with")] string? keyid = null, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default)
    {
        var directory = await directories.ResolveAsync(server, project_dir, cancellationToken);
        if (!verify && remote.Client is { } service)
        {
            return await service.ForwardAsync("pact_certify", JudgeArguments.For(directory), cancellationToken);
        }

        var result = await RunProgress.AroundAsync(server, context, progress => verify ? certification.VerifyAsync(directory, VerifyOptions.FromProcess(key, keyid), cancellationToken) : certification.CertifyAsync(directory, allowUnisolated: false, new RunOptions { Progress = progress }, cancellationToken), cancellationToken);
        return ToolResults.From(result, PactJson.Context.CommandResultCertifyReport);
    }

    [McpServerTool(Name = "pact_freeze", Title = "Freeze suites", ReadOnly = false, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<FreezeReport>))]
    [Description("Freeze test suites: from now on they may only grow (new cases), never change.")]
    [PactTool(ToolTier.Standard, Command = SuiteStateService.FreezeCommand)]
    public async Task<CallToolResult> Freeze(McpServer server, [Description("Component ids; default: all")] string[]? component_ids = null, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default) =>
        ToolResults.From(await state.FreezeAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), component_ids ?? [], cancellationToken), PactJson.Context.CommandResultFreezeReport);

    [McpServerTool(Name = "pact_unfreeze", Title = "Unfreeze a suite (logged)", ReadOnly = false, Destructive = true, Idempotent = false, OpenWorld = false, OutputSchemaType = typeof(CommandResult<FreezeReport>))]
    [Description("Allow a frozen suite to be changed again. A human decision: the reason is logged in the audit trail.")]
    [PactTool(ToolTier.All, McpRole.Solo | McpRole.Audit, Command = SuiteStateService.UnfreezeCommand)]
    public async Task<CallToolResult> Unfreeze(McpServer server, [Description("Component id")] string component_id, [Description("Why loosening is justified (logged)")] string reason, [Description(ProjectDir)] string? project_dir = null, [Description("Unfreeze the hidden suite (audit side; the reason goes only to the judge's ledger)")] bool hidden = false, CancellationToken cancellationToken = default) =>
        ToolResults.From(await state.UnfreezeAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), component_id, reason, cancellationToken, hidden ? SuiteKind.Hidden : SuiteKind.Visible), PactJson.Context.CommandResultFreezeReport);

    [McpServerTool(Name = "pact_adjudicate", Title = "Adjudicate a tamper finding (audit side, logged)", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, OutputSchemaType = typeof(CommandResult<ImplementationFinding>))]
    [Description("The auditor's decision on one tamper finding of the implementation (as pact_test reports it): allowed lets certify proceed, refused keeps refusing. Also clears a component whose run was forged (rule verdict_forged) once the code is reviewed. Logged with the reason in the judge's ledger and the audit log; a change to that line needs a new decision.")]
    [PactTool(ToolTier.Standard, McpRole.Audit, Command = Pact.Engine.Judge.Tamper.AdjudicationService.Command)]
    public async Task<CallToolResult> Adjudicate(McpServer server, [Description("Component id")] string component_id, [Description("The finding's rule, e.g. tamper.python.exit_tricks; verdict_forged reviews a component whose run was forged")] string rule, [Description("allowed or refused")] string verdict, [Description("Why (logged)")] string reason, [Description("The finding's file (src/<cid>/…); not for verdict_forged")] string? file = null, [Description("The finding's line; not for verdict_forged")] int? line = null, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default) =>
        ToolResults.From(await adjudication.AdjudicateAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), component_id, rule, file, line, verdict, reason, cancellationToken), PactJson.Context.CommandResultImplementationFinding);

    [McpServerTool(Name = "pact_sync", Title = "Restore test views", ReadOnly = false, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<FreezeReport>))]
    [Description("Rewrite the test views in tests/<id>/ from the locked masters (undoes edits to views).")]
    [PactTool(ToolTier.Standard, Command = SuiteStateService.SyncCommand)]
    public async Task<CallToolResult> Sync(McpServer server, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default) =>
        ToolResults.From(await state.SyncAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), cancellationToken), PactJson.Context.CommandResultFreezeReport);

    [McpServerTool(Name = "pact_audit_init", Title = "Create the audit directory", ReadOnly = false, Idempotent = true, OpenWorld = false, OutputSchemaType = typeof(CommandResult<AuditInitReport>))]
    [Description("Create the audit directory (hidden suites, suite masters, signing key) outside the code repository.")]
    [PactTool(ToolTier.Standard, McpRole.Solo | McpRole.Audit, Command = AuditInitService.Command)]
    public async Task<CallToolResult> AuditInit(McpServer server, [Description("Audit directory, outside the project")] string audit_dir, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default)
    {
        var project = await directories.ResolveAsync(server, project_dir, cancellationToken);
        if (AuditDirectoryRecorder.Check(project) is { } unmergeable)
        {
            return ToolResults.From(CommandResults.Fail<AuditInitReport>(AuditInitService.Command, Outcome.Invalid, unmergeable), PactJson.Context.CommandResultAuditInitReport);
        }

        var result = await audit.InitAsync(project, audit_dir, cancellationToken);
        if (result is { Ok: true, Data: { } made })
        {
            if (await AuditDirectoryRecorder.RecordAsync(project, made.AuditDir, AuditDirectoryRecorder.ProcessEnvironment(), cancellationToken) is { } unrecorded)
            {
                result.Diagnostics = [.. result.Diagnostics, unrecorded];
            }
        }

        return ToolResults.From(result, PactJson.Context.CommandResultAuditInitReport);
    }
}

using System.Globalization;
using Pact.Diagnostics;
using Pact.Engine.Gates;
using Pact.Interview;

namespace Pact.Mcp.Tools;

/// <summary>
/// The person's gates through MCP: the server itself puts the approval to the user with an elicitation form, shows
/// what approving records, and records it only on their yes. The agent that calls the tool only asks for the
/// question to be put; it has no argument that approves.
/// </summary>
[McpServerToolType]
public sealed class ApprovalTools(ProjectDirectoryResolver directories, ApproveService approve)
{
    [McpServerTool(Name = "pact_approve", Title = "Ask the user for an approval", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, OutputSchemaType = typeof(CommandResult<ApproveReport>))]
    [Description("Put a person's gate to the user through MCP elicitation: the interview (its open questions take the assumptions that fit them best) or, with plan=true, the plan for implementation (what a plan-only `pact run` waits for). Pact shows the user what approving records and records it only if they say yes; you cannot approve for them. A client without elicitation gets approve.needs_person: ask the user to run `pact approve` in a terminal.")]
    [PactTool(ToolTier.Standard, McpRole.Solo | McpRole.Audit, Command = ApproveService.Command)]
    public async Task<CallToolResult> Approve(
        McpServer server,
        [Description("true: the plan (decomposition, contracts, suites) for implementation; false (default): the interview")] bool plan = false,
        [Description("Project directory; default: the client's root")] string? project_dir = null,
        CancellationToken cancellationToken = default)
    {
        var directory = await directories.ResolveAsync(server, project_dir, cancellationToken);
        var command = $"pact approve {directory}{(plan ? " --plan" : "")}";
        if (server.ClientCapabilities?.Elicitation is null)
        {
            return Refused("approve.needs_person", "an approval is the user's to give, and this client cannot ask them (it does not support MCP elicitation)", $"ask the user to run `{command}` in a terminal");
        }

        var preview = await ApproveAsync(directory, plan, new ApproveOptions { DryRun = true }, cancellationToken);
        if (preview.Data is not { AlreadyApproved: false } shown)
        {
            return ToolResults.From(preview, PactJson.Context.CommandResultApproveReport);
        }

        var answer = await server.ElicitAsync(new ElicitRequestParams
        {
            Message = Question(directory, shown),
            RequestedSchema = new ElicitRequestParams.RequestSchema
            {
                Properties = { ["approve"] = new ElicitRequestParams.BooleanSchema { Title = "Approve", Description = plan ? "Yes: implementation may start on this plan" : "Yes: record these answers as yours and approve the interview" } },
                Required = ["approve"],
            },
        }, cancellationToken);
        if (answer.Action != "accept" || answer.Content is not { } content || !content.TryGetValue("approve", out var yes) || yes.ValueKind != JsonValueKind.True)
        {
            var said = answer.Action == "accept" ? "answered no" : answer.Action == "decline" ? "declined" : "closed the form";
            return Refused("approve.declined", $"the user {said}: nothing was approved", $"ask the user what to change; they can also approve later with `{command}`");
        }

        var result = await ApproveAsync(directory, plan, new ApproveOptions { Source = AnswerSource.McpElicitation, ShownFingerprint = shown.Plan?.Fingerprint ?? shown.InterviewFingerprint }, cancellationToken);
        return ToolResults.From(result, PactJson.Context.CommandResultApproveReport);
    }

    private Task<CommandResult<ApproveReport>> ApproveAsync(string directory, bool plan, ApproveOptions options, CancellationToken cancellationToken) =>
        plan ? approve.ApprovePlanAsync(directory, options, cancellationToken) : approve.ApproveAsync(directory, options, cancellationToken);

    // What the user reads before deciding: exactly what approving writes.
    private static string Question(string directory, ApproveReport shown)
    {
        if (shown.Plan is { } plan)
        {
            return $"Approve the plan of {directory} for implementation? It is {plan.Files} files (decomposition, contracts, suites), fingerprint {plan.Fingerprint[..12]}. A plan-only `pact run` then goes on into the code; any change to the plan needs a new approval.";
        }

        var text = new StringBuilder($"Approve the interview of {directory}?");
        text.Append(shown.Answers.Count == 0 ? " Every question is answered." : " These open questions take the interview's assumptions, recorded as your answers:");
        foreach (var taken in shown.Answers)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- {taken.Question} -> {taken.Answer}{(taken.Assumption is null ? " (no assumption fits: accepted as stated)" : "")}");
        }

        return text.ToString();
    }

    private static CallToolResult Refused(string rule, string message, string fix) =>
        ToolResults.From(CommandResults.Fail<ApproveReport>(ApproveService.Command, Outcome.Invalid, new Diagnostic { Rule = rule, Message = message, Fix = fix }), PactJson.Context.CommandResultApproveReport);
}

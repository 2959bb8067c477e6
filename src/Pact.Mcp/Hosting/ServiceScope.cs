using System.Collections.Frozen;
using System.Security.Claims;
using Pact.Diagnostics;
using Pact.Engine.Toolchain;

namespace Pact.Mcp.Hosting;

/// <summary>
/// What a caller of the judge service may reach. The service runs as the audit role; a request with the code token
/// (marked by <see cref="HttpGuard"/>) sees and calls only the judging tools the implementer needs, and no
/// resource or prompt. Every call is pinned to the project and audit directory the service was started for: the
/// project's pact.yaml is the implementer's to write, so its <c>audit_dir</c> must name the service's own.
/// </summary>
internal static class ServiceScope
{
    public const string CodeRole = "pact-code";
    public const string AuditRole = "pact-audit";
    public const string AuditSideRule = "judge.audit_side";
    public const string PinRule = "judge.service_pinned";

    /// <summary>The tools the code token reaches: judging and where the project stands, nothing that changes the law.</summary>
    public static readonly FrozenSet<string> CodeTools = FrozenSet.Create(StringComparer.Ordinal, "pact_status", "pact_test", "pact_polish", "pact_certify");

    /// <summary>The caller as the token names it; the SDK binds each MCP session to this identity, so a session opened with one token cannot be continued with the other.</summary>
    public static ClaimsPrincipal Principal(string role) => new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, role), new Claim(ClaimTypes.Role, role)], "pact-token"));

    private static bool IsCode(MessageContext context) => context.User?.IsInRole(CodeRole) == true;

    public static IMcpServerBuilder AddServiceScope(this IMcpServerBuilder builder, PactMcpOptions options) =>
        builder.WithRequestFilters(filters => filters
            .AddCallToolFilter(next => async (context, cancellationToken) =>
            {
                var name = context.Params?.Name ?? "";
                if (IsCode(context) && !CodeTools.Contains(name))
                {
                    return Refuse(name, AuditSideRule, $"{name} is audit-side: the code token reaches only {string.Join(", ", CodeTools.Order(StringComparer.Ordinal))}", "ask the auditor, who holds the audit token, to do it");
                }

                if (await PinProblemAsync(context, options, cancellationToken) is { } problem)
                {
                    return Refuse(name, PinRule, problem, $"point the client at the judge service of this project, and keep pact.yaml's audit_dir {options.AuditDir}");
                }

                return await next(context, cancellationToken);
            })
            .AddListToolsFilter(next => async (context, cancellationToken) =>
            {
                var result = await next(context, cancellationToken);
                return IsCode(context) ? new ListToolsResult { Tools = [.. result.Tools.Where(t => CodeTools.Contains(t.Name))] } : result;
            })
            .AddListResourcesFilter(next => async (context, cancellationToken) => IsCode(context) ? new ListResourcesResult { Resources = [] } : await next(context, cancellationToken))
            .AddListResourceTemplatesFilter(next => async (context, cancellationToken) => IsCode(context) ? new ListResourceTemplatesResult { ResourceTemplates = [] } : await next(context, cancellationToken))
            .AddReadResourceFilter(next => (context, cancellationToken) => IsCode(context) ? throw new McpProtocolException("resources are audit-side on the judge service", McpErrorCode.InvalidParams) : next(context, cancellationToken))
            .AddListPromptsFilter(next => async (context, cancellationToken) => IsCode(context) ? new ListPromptsResult { Prompts = [] } : await next(context, cancellationToken))
            .AddGetPromptFilter(next => (context, cancellationToken) => IsCode(context) ? throw new McpProtocolException("prompts are audit-side on the judge service", McpErrorCode.InvalidParams) : next(context, cancellationToken)));

    /// <summary>Why the call may not run here: another project, or a pact.yaml whose audit_dir is not the service's.</summary>
    private static async Task<string?> PinProblemAsync(RequestContext<CallToolRequestParams> context, PactMcpOptions options, CancellationToken cancellationToken)
    {
        if (options.AuditDir is not { } pinned)
        {
            return null;
        }

        if (context.Params?.Arguments?.TryGetValue("project_dir", out var named) == true && named.ValueKind == System.Text.Json.JsonValueKind.String
            && RuntimePath.Real(named.GetString()!) != RuntimePath.Real(options.ProjectDir))
        {
            return $"this judge service serves {options.ProjectDir} only, not {named.GetString()}";
        }

        var store = context.Services!.GetRequiredService<ProjectStore>();
        var (project, _, _) = await store.OpenAsync(options.ProjectDir, cancellationToken);
        if (project is null)
        {
            return null; // the tool reports the unreadable project itself
        }

        var auditDir = new JudgeLayout(project.Layout, project.Config).AuditDir;
        if (auditDir is null || RuntimePath.Real(auditDir) != RuntimePath.Real(pinned))
        {
            return $"pact.yaml's audit_dir ({auditDir ?? "none"}) is not this judge service's audit directory";
        }

        // The code under test runs as the judge's user: unconfined, it could read the audit directory. pact.yaml is the
        // implementer's, so the service does not let it lower isolation.
        return project.Config.IsolationInForce == Pact.Configuration.IsolationRequirement.Required
            ? null
            : "pact.yaml sets isolation: preferred; the judge service runs code only confined (isolation: required), because the code runs as the judge's user";
    }

    private static CallToolResult Refuse(string tool, string rule, string message, string fix) =>
        ToolResults.From(
            CommandResults.Fail<FreezeReport>(tool.Replace("pact_", "", StringComparison.Ordinal), Outcome.Invalid, new Diagnostic { Rule = rule, Message = message, Fix = fix }),
            PactJson.Context.CommandResultFreezeReport);
}

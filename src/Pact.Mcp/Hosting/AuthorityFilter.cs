using Pact.Engine.Judge.Authority;

namespace Pact.Mcp.Hosting;

/// <summary>
/// The audit authority's check on every tool call, the same one the CLI makes (<see cref="AuditAuthority"/>): the
/// server's role lists no audit-side tool to the code role at all, and an audit-side call of the other roles still
/// needs an audit directory this server's user can write.
/// </summary>
internal static class AuthorityFilter
{
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            // Only a tool this server has: an unknown one stays the SDK's error (the code role has no audit-side tool to call).
            if (context.MatchedPrimitive is McpServerTool tool && AuditOperations.ForTool(tool.ProtocolTool.Name) is { } operation && context.Services is { } services)
            {
                var options = services.GetRequiredService<PactMcpOptions>();
                var role = ActingRole.Of(options.Role switch { McpRole.Code => PactRole.Code, McpRole.Audit => PactRole.Audit, _ => PactRole.Solo }) with { Remote = services.GetRequiredService<Remote.JudgeRemote>().Client is not null };
                JudgeLayout? judge = null;
                if (!operation.CreatesAuthority)
                {
                    var requested = context.Params?.Arguments?.TryGetValue("project_dir", out var value) == true ? value.GetString() : null;
                    var directory = await services.GetRequiredService<ProjectDirectoryResolver>().ResolveAsync(context.Server, requested, cancellationToken);
                    var (project, _, _) = await services.GetRequiredService<ProjectStore>().OpenAsync(directory, cancellationToken);
                    judge = project is null ? null : new JudgeLayout(project.Layout, project.Config);
                }

                if (AuditAuthority.Check(operation, role, judge) is { } refusal)
                {
                    // The envelope carries no data, so any result type serializes it the same way.
                    return ToolResults.From(CommandResults.Fail<FreezeReport>(operation.Command, Outcome.Invalid, refusal), PactJson.Context.CommandResultFreezeReport);
                }
            }

            return await next(context, cancellationToken);
        };
}

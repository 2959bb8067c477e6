using System.Net;
using Pact.Mcp.Hosting;

namespace Pact.Cli.Commands;

internal static class McpCommand
{
    public static Command Create()
    {
        var tools = new Option<string>("--tools") { Description = "Tool tier to list: core (the main workflow), standard, all", DefaultValueFactory = _ => "core" };
        tools.AcceptOnlyFromAmong("core", "standard", "all");
        var projectDir = new Option<string?>("--project-dir") { Description = "Project used when a client sends no roots (default: the working directory)" };
        var http = new Option<string?>("--http") { Description = "Serve Streamable HTTP at ADDRESS:PORT/mcp instead of stdio (e.g. 127.0.0.1:8765; loopback unless --token is set)" };
        var token = new Option<string?>("--token") { Description = "Require 'Authorization: Bearer TOKEN' on every HTTP request (default: the PACT_MCP_TOKEN environment variable)" };
        var socket = new Option<string?>("--socket") { Description = "Judge service (separate-user mode): serve Streamable HTTP on this Unix socket; needs --audit-dir" };
        var auditDir = new Option<string?>("--audit-dir") { Description = "Judge service (separate-user mode): the audit directory this user owns; tokens come from its service/ directory, and only the --project-dir project whose audit_dir is this one is served" };
        var command = new Command("mcp", "Start the MCP server on stdio (stdout carries JSON-RPC only; logs go to stderr), or on HTTP with --http; the judge service with --audit-dir and --socket or --http") { tools, projectDir, http, token, socket, auditDir };
        // The Python Pact called it mcp-server; configurations written for it keep working.
        command.Aliases.Add("mcp-server");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new PactMcpOptions
            {
                // The global --role, else PACT_ROLE: an implementer whose environment says code gets the code role's server.
                Role = Enum.Parse<McpRole>((parse.GetValue(PactCli.RoleOption) ?? Environment.GetEnvironmentVariable(Pact.Engine.Judge.Authority.ActingRole.Variable)) is { Length: > 0 } named ? named : "solo", ignoreCase: true),
                Tier = Enum.Parse<ToolTier>(parse.GetValue(tools)!, ignoreCase: true),
                ProjectDir = Path.GetFullPath(parse.GetValue(projectDir) ?? Directory.GetCurrentDirectory()),
                AuditDir = parse.GetValue(auditDir) is { } audit ? Path.GetFullPath(audit) : null,
            };
            if (options.AuditDir is not null || parse.GetValue(socket) is not null)
            {
                return await ServeJudgeAsync(options, parse.GetValue(socket), parse.GetValue(http), cancellationToken);
            }

            if (parse.GetValue(http) is not { } address)
            {
                await PactMcpHost.RunStdioAsync(options, Console.OpenStandardInput(), Console.OpenStandardOutput(), cancellationToken);
                return ExitCodes.Ok;
            }

            if (!IPEndPoint.TryParse(address, out var endpoint) || endpoint.Port == 0)
            {
                await Console.Error.WriteLineAsync($"error [usage]: --http needs ADDRESS:PORT, e.g. 127.0.0.1:8765 (got '{address}')");
                return ExitCodes.Usage;
            }

            var secret = parse.GetValue(token) ?? Environment.GetEnvironmentVariable("PACT_MCP_TOKEN");
            if (!IPAddress.IsLoopback(endpoint.Address) && string.IsNullOrEmpty(secret))
            {
                await Console.Error.WriteLineAsync($"error [usage]: {endpoint} is reachable from other machines; set --token (or PACT_MCP_TOKEN) to serve it");
                return ExitCodes.Usage;
            }

            await Console.Error.WriteLineAsync($"pact mcp: serving http://{endpoint}/mcp");
            await PactMcpHttpHost.RunAsync(options, endpoint, string.IsNullOrEmpty(secret) ? null : secret, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The judge service: audit role, tokens from the audit directory, a Unix socket or a loopback port.</summary>
    private static async Task<int> ServeJudgeAsync(PactMcpOptions options, string? socket, string? http, CancellationToken cancellationToken)
    {
        IPEndPoint? endpoint = null;
        if ((socket is null) == (http is null) || (http is not null && (!IPEndPoint.TryParse(http, out endpoint) || endpoint.Port == 0 || !IPAddress.IsLoopback(endpoint.Address))))
        {
            await Console.Error.WriteLineAsync("error [usage]: the judge service needs --audit-dir and exactly one of --socket PATH or --http 127.0.0.1:PORT (loopback only)");
            return ExitCodes.Usage;
        }

        if (JudgeServiceHost.Refusal(options) is { } refusal)
        {
            await Console.Error.WriteLineAsync($"error [judge.service]: {refusal}");
            return ExitCodes.Usage;
        }

        await JudgeServiceHost.RunAsync(options, socket is null ? null : Path.GetFullPath(socket), endpoint, where => Console.Error.WriteLine($"pact mcp: judge service for {options.ProjectDir} serving {where}"), cancellationToken);
        return ExitCodes.Ok;
    }
}

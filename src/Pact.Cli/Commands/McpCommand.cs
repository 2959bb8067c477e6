using System.CommandLine;
using System.Net;
using Pact.Mcp.Hosting;

namespace Pact.Cli.Commands;

internal static class McpCommand
{
    public static Command Create()
    {
        var role = new Option<string>("--role") { Description = "Who the server serves: solo (everything), code (implementer: no hidden tests), audit (no implementation writes)", DefaultValueFactory = _ => "solo" };
        role.AcceptOnlyFromAmong("solo", "code", "audit");
        var tools = new Option<string>("--tools") { Description = "Tool tier to list: core (the main workflow), standard, all", DefaultValueFactory = _ => "core" };
        tools.AcceptOnlyFromAmong("core", "standard", "all");
        var projectDir = new Option<string?>("--project-dir") { Description = "Project used when a client sends no roots (default: the working directory)" };
        var http = new Option<string?>("--http") { Description = "Serve Streamable HTTP at ADDRESS:PORT/mcp instead of stdio (e.g. 127.0.0.1:8765; loopback unless --token is set)" };
        var token = new Option<string?>("--token") { Description = "Require 'Authorization: Bearer TOKEN' on every HTTP request (default: the PACT_MCP_TOKEN environment variable)" };
        var command = new Command("mcp", "Start the MCP server on stdio (stdout carries JSON-RPC only; logs go to stderr), or on HTTP with --http") { role, tools, projectDir, http, token };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new PactMcpOptions
            {
                Role = Enum.Parse<McpRole>(parse.GetValue(role)!, ignoreCase: true),
                Tier = Enum.Parse<ToolTier>(parse.GetValue(tools)!, ignoreCase: true),
                ProjectDir = Path.GetFullPath(parse.GetValue(projectDir) ?? Directory.GetCurrentDirectory()),
            };
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
}

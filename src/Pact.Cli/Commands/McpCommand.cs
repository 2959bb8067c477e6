using System.CommandLine;
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
        var command = new Command("mcp", "Start the MCP server on stdio (stdout carries JSON-RPC only; logs go to stderr)") { role, tools, projectDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new PactMcpOptions
            {
                Role = Enum.Parse<McpRole>(parse.GetValue(role)!, ignoreCase: true),
                Tier = Enum.Parse<ToolTier>(parse.GetValue(tools)!, ignoreCase: true),
                ProjectDir = Path.GetFullPath(parse.GetValue(projectDir) ?? Directory.GetCurrentDirectory()),
            };
            await PactMcpHost.RunStdioAsync(options, Console.OpenStandardInput(), Console.OpenStandardOutput(), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}

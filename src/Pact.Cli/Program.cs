using System.Reflection;
using Pact.Cli;

// Installed as `pact-mcp` (the same program packed under that name), the program is the MCP server.
var mcpOnly = Assembly.GetEntryAssembly()?.GetName().Name == "pact-mcp";
return await PactCli.RunAsync(mcpOnly ? ["mcp", .. args] : args, Console.Out, Console.Error, input: Console.In);

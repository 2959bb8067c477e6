using System.Reflection;
using Pact.Cli;

// Installed as `pact-mcp` or `pact-sim` (the same program packed under another name), the program starts in
// `pact mcp` or in a Simulacrum review; as `pact` it is the whole command line.
var tool = Assembly.GetEntryAssembly()?.GetName().Name ?? "pact";
return await PactCli.RunAsync(ToolCommands.Arguments(tool, args), Console.Out, Console.Error, input: Console.In);

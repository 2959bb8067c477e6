namespace Pact.Engine.Toolchain;

/// <summary>A program a language needs, as the toolchain resolves it: what <c>pact doctor</c> looks for.</summary>
/// <param name="Name">The program's short name (python, node, tsc, dotnet).</param>
/// <param name="Command">The command or path to run; null when it is neither configured nor on PATH.</param>
/// <param name="Variable">The environment variable that chooses it.</param>
public sealed record ToolchainEntry(string Name, string? Command, string Variable);

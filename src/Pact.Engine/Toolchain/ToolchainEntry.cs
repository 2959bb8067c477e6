namespace Pact.Engine.Toolchain;

/// <summary>A program a language needs, as the toolchain resolves it: what <c>pact doctor</c> and the run preflight check.</summary>
/// <param name="Name">The program's short name (python, node, tsc, dotnet, bwrap).</param>
/// <param name="Command">The command or path to run; null when it is neither configured nor on PATH.</param>
/// <param name="Variable">The environment variable that chooses it.</param>
public sealed record ToolchainEntry(string Name, string? Command, string Variable)
{
    /// <summary>Where <see cref="Command"/> came from: the variable, pact.yaml, or PATH.</summary>
    public string Source { get; init; } = "PATH";

    /// <summary>
    /// Arguments that make it print its version (first line) and fail when it is unusable: for Python, also the import
    /// of pytest, which every Python suite needs.
    /// </summary>
    public IReadOnlyList<string> VersionArguments { get; init; } = ["--version"];

    /// <summary>The program that runs <see cref="Command"/> when it is a script (tsc.js under node); null: it runs itself.</summary>
    public string? Launcher { get; init; }

    /// <summary>What to do when it is missing or unusable: the exact command where there is one.</summary>
    public required string Install { get; init; }
}

namespace Pact.Engine.Judge.Runners;

/// <summary>
/// A program (or, with <see cref="IsDirectory"/>, a directory such as a package cache) a runner needs. The judge
/// locates each one, refuses it when it lies inside the project or the audit directory (where the implementer
/// could have written it), and shows its runtime read-only in the sandbox.
/// </summary>
public sealed record RunnerTool(string Name, string Command, string Variable)
{
    public bool IsDirectory { get; init; }

    /// <summary>Where a relative <see cref="Command"/> is resolved from: the project for a path pact.yaml gave, else the working directory.</summary>
    public string? BaseDirectory { get; init; }
}

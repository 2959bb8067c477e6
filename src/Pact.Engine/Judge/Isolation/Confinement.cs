namespace Pact.Engine.Judge.Isolation;

/// <summary>
/// How one run is confined, as the isolation decided it: the level, and for bubblewrap the paths it shows. The
/// process runner turns it into the command it starts (<see cref="BubblewrapCommand"/>); a run with no bubblewrap
/// starts unconfined.
/// </summary>
public sealed record Confinement
{
    public required IsolationLevel Level { get; init; }
    public required Sandbox Sandbox { get; init; }

    /// <summary>The bubblewrap executable; null for an unconfined run.</summary>
    public string? Bwrap { get; init; }

    /// <summary>Mount a fresh /proc (false where the kernel or container refuses it).</summary>
    public bool Proc { get; init; }

    /// <summary>Forbid new user namespaces inside the sandbox (bubblewrap 0.8+).</summary>
    public bool DisableUserNamespaces { get; init; }

    /// <summary>Host directories shown read-only at the same path: the runtimes the runner needs.</summary>
    public IReadOnlyList<string> ReadOnly { get; init; } = [];

    /// <summary>Host directories hidden behind an empty tmpfs wherever a read-only path would show them (the project, the audit directory, the key store).</summary>
    public IReadOnlyList<string> Masked { get; init; } = [];

    /// <summary>
    /// The sources, bound read-only into the work tree in this order (<see cref="SourceBinder"/>); their descriptors
    /// are inherited by this run's bubblewrap only.
    /// </summary>
    public IReadOnlyList<SourceMount> Sources { get; init; } = [];

    public static Confinement Unconfined(Sandbox sandbox) => new() { Level = IsolationLevel.None, Sandbox = sandbox };
}

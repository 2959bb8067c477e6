namespace Pact.Judge;

/// <summary>
/// How strongly a suite run was confined, strongest first. Every run result, audit event and certificate carries
/// it, so a reader can tell a judged run from one that could read the audit directory.
/// </summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<IsolationLevel>))]
public enum IsolationLevel
{
    /// <summary>Bubblewrap with every namespace unshared, a fresh /proc and no network: the run sees only its sandbox and read-only runtimes.</summary>
    Bwrap,

    /// <summary>Bubblewrap where /proc cannot be mounted (some containers): the same filesystem view, no /proc.</summary>
    BwrapNoProc,

    /// <summary>Landlock rules plus a dropped uid. Designed (docs/THREAT_MODEL.md), not built: never reported as available.</summary>
    LandlockUidDrop,

    /// <summary>Only a dropped uid. Designed, not built: never reported as available.</summary>
    UidDrop,

    /// <summary>No confinement: the code under test can read and write whatever Pact's OS user can.</summary>
    None,
}

namespace Pact.Judge;

/// <summary>What each <see cref="IsolationLevel"/> promises.</summary>
public static class IsolationLevels
{
    /// <summary>True for the levels that keep the audit directory, the key and the project out of the run's reach.</summary>
    public static bool IsIsolated(this IsolationLevel level) => level is IsolationLevel.Bwrap or IsolationLevel.BwrapNoProc or IsolationLevel.LandlockUidDrop;

    /// <summary>The weakest of <paramref name="levels"/> (<see cref="IsolationLevel.None"/> when there are none).</summary>
    public static IsolationLevel Weakest(IEnumerable<IsolationLevel> levels) =>
        levels.DefaultIfEmpty(IsolationLevel.None).Max();
}

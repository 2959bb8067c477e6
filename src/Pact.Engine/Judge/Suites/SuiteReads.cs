using System.Collections.Concurrent;

namespace Pact.Engine.Judge.Suites;

/// <summary>
/// The locked suites one judge call has read. Each master and its lock come off the disk once per call, are checked
/// against the lock hash once, and every later step of the call (freeze, view check, run, redaction) judges those
/// same bytes: a master swapped on disk between two steps of one call cannot be checked in one form and run in another.
/// </summary>
/// <remarks>
/// One instance per call, never shared between calls: a later call must see a suite locked again in between. The lock
/// is the one read at the start of the call; a freeze the call itself writes does not change the suite's bytes.
/// </remarks>
public sealed class SuiteReads(SuiteVault vault)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(LockedSuite? Suite, Diagnostic? Problem)>>> read = new();

    /// <summary>The suite as <see cref="SuiteVault.ReadAsync"/> gives it, read from disk on the first ask of this call.</summary>
    public Task<(LockedSuite? Suite, Diagnostic? Problem)> ReadAsync(JudgeLayout judge, string componentId, SuiteKind kind, CancellationToken cancellationToken) =>
        // Lazy so two parallel suites asking for the same master still read it once.
        read.GetOrAdd(judge.MasterJson(componentId, kind), _ => new(() => vault.ReadAsync(judge, componentId, kind, cancellationToken))).Value;

    /// <summary>
    /// A suite that was never locked, for a run that judges nothing (<c>pact adopt</c>'s smoke suites): the same
    /// sandbox, runner and report cross-check as a locked suite, and no verdict is recorded from it.
    /// </summary>
    public void Provide(JudgeLayout judge, string componentId, SuiteKind kind, LockedSuite suite) =>
        read[judge.MasterJson(componentId, kind)] = new(() => Task.FromResult<(LockedSuite?, Diagnostic?)>((suite, null)));
}

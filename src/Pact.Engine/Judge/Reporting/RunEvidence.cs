namespace Pact.Engine.Judge.Reporting;

/// <summary>
/// What the judge holds about a run besides its report file: the locked suite's case ids, the canaries it added, and
/// what arrived on the reporter channel (null for a runner with no channel: dotnet test, whose TRX the host process
/// writes, not the test host the implementation runs in).
/// </summary>
public sealed record RunEvidence(IReadOnlyList<string> CaseIds, IReadOnlyList<Canary> Canaries, ChannelRecords? Channel);

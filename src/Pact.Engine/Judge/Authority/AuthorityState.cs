namespace Pact.Engine.Judge.Authority;

/// <summary>What <see cref="AuthorityRecords.Check"/> found: why the authority is not the recorded one (or null), and its history when it is.</summary>
public sealed record AuthorityState(Diagnostic? Problem, IReadOnlyList<AuthorityChange> History);

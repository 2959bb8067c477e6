namespace Pact.Engine.Judge.Reporting;

/// <summary>One Pact-generated known-answer test of a run: its name and whether an honest run fails it.</summary>
public sealed record Canary(string Name, bool MustFail);

namespace Pact.Engine.Judge;

/// <summary>One judged path: its certificate name (project-relative, or <c>audit:…</c>), where it is, and whether it is a link or a folder (never followed).</summary>
public sealed record JudgedEntry(string Name, string Path, bool IsLink = false, bool IsDirectory = false);

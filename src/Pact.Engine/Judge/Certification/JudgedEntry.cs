namespace Pact.Engine.Judge.Certification;

/// <summary>
/// One judged path: its certificate name (project-relative, or <c>audit:…</c>), where it is, the tree it lies in (the
/// project or the audit directory: no link may stand between the two), and whether it is a link or a folder (never
/// followed).
/// </summary>
public sealed record JudgedEntry(string Name, string Path, string Root, bool IsLink = false, bool IsDirectory = false);

namespace Pact.Hooks;

/// <summary>One simple command of a shell string: its words after quote removal, and the files it redirects output to.</summary>
public sealed record ShellCommand(IReadOnlyList<string> Words, IReadOnlyList<string> Outputs);

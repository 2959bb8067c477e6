namespace Pact.Engine.Storage;

/// <summary>
/// A write refused by <see cref="SafePath"/> before anything was staged. It surfaces from
/// <see cref="Projects.ProjectStore.CommitAsync"/>, whose many callers only know "done" or "busy"; the CLI and the MCP
/// server turn it back into its diagnostic at their edge. An <see cref="IOException"/>, because to every other catch it
/// is one: the file system is not laid out as Pact left it.
/// </summary>
public sealed class UnsafePathException(Diagnostic diagnostic) : IOException(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}

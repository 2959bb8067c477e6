namespace Pact.Engine.Judge.Runs;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls its action on the reporting thread, at once. <see cref="Progress{T}"/>
/// posts to a synchronization context or the thread pool instead, so a report could arrive after the command's result
/// (an MCP progress notification after the tool's answer, a CLI line after the summary).
/// </summary>
public sealed class ProgressAction<T>(Action<T> onReport) : IProgress<T>
{
    public void Report(T value) => onReport(value);
}

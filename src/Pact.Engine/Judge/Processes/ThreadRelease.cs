namespace Pact.Engine.Judge.Processes;

/// <summary>
/// Holds a thread until it is let go. Unlike a wait handle it stays safe after disposal: disposing is the release, so
/// a thread that only reaches <see cref="Wait"/> afterwards returns at once instead of throwing.
/// </summary>
internal sealed class ThreadRelease : IDisposable
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Wait() => _released.Task.Wait();

    public void Dispose() => _released.TrySetResult();
}

namespace Pact.Engine.Storage;

/// <summary>
/// The cross-process lock every mutation of a project takes: an exclusive open of .pact/lock, which .NET maps to
/// flock(2) on Unix, so a CLI and an MCP server (or two of either) working on one project take turns. The kernel
/// drops the lock when a holder dies, so a killed process never leaves the project locked.
/// </summary>
public sealed class ProjectLock : IAsyncDisposable, IDisposable
{
    private readonly FileStream _handle;

    private ProjectLock(FileStream handle) => _handle = handle;

    /// <summary>Waits up to <paramref name="timeout"/>; returns null if another process kept the lock that long.</summary>
    public static async Task<ProjectLock?> AcquireAsync(string lockFile, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        var started = time.GetTimestamp();
        var delay = TimeSpan.FromMilliseconds(2);
        while (true)
        {
            try
            {
                return new ProjectLock(new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (time.GetElapsedTime(started) < timeout)
            {
                // Held by another process: back off (2 ms doubling to 100 ms) and try again.
                await Task.Delay(delay, time, cancellationToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 100));
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    public void Dispose() => _handle.Dispose();

    public ValueTask DisposeAsync() => _handle.DisposeAsync();
}

using Pact.Judge;

namespace Pact.Engine.Judge;

/// <summary>
/// Where finished suite runs are announced while a judge command runs (the MCP tools turn them into progress
/// notifications). Ambient per call, so the services keep their signatures; only counts leave through it, never a
/// failure's text, so hidden suites stay hidden.
/// </summary>
public static class SuiteProgress
{
    private static readonly AsyncLocal<Observer?> Current = new();

    /// <summary>Announces each finished run of the calls made inside the returned scope (dispose it to stop).</summary>
    public static IDisposable Observe(Action<SuiteProgressEvent> onRun)
    {
        var previous = Current.Value;
        Current.Value = new Observer(onRun);
        return new Scope(() => Current.Value = previous);
    }

    internal static void Report(SuiteRun run)
    {
        if (Current.Value is not { } observer)
        {
            return;
        }

        var done = Interlocked.Increment(ref observer.Done);
        observer.OnRun(new SuiteProgressEvent(run.ComponentId, run.Kind, run.Status, run.Passed, run.Total, done));
    }

    private sealed class Observer(Action<SuiteProgressEvent> onRun)
    {
        public int Done;

        public Action<SuiteProgressEvent> OnRun { get; } = onRun;
    }

    private sealed class Scope(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}

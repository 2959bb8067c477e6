namespace Pact.Engine.Judge.Runners;

/// <summary>A real test runner for one language. Implementations start processes only through <see cref="ProcessRunner"/>.</summary>
public interface ITestRunner
{
    /// <summary>The programs and directories a run needs; the judge locates and checks them and puts them in <see cref="RunRequest.Tools"/>.</summary>
    IReadOnlyList<RunnerTool> Tools(PactConfig config, string projectRoot);

    Task<RunnerOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken);
}

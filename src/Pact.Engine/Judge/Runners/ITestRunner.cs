using Pact.Suites;

namespace Pact.Engine.Judge.Runners;

/// <summary>A real test runner for one language. Implementations start processes only through <see cref="ProcessRunner"/>.</summary>
public interface ITestRunner
{
    TestLanguage Language { get; }

    Task<RunnerOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken);
}

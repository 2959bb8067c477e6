using Pact.Configuration;
using Pact.Engine.Judge.Processes;
using Pact.Engine.Judge.Runners;

namespace Pact.Mcp.Tests.FakeLanguage;

/// <summary>Runs the suite with fakec, which exists nowhere: the run fails to start, in the process runner's words, as a real runner's does without its tool.</summary>
public sealed class FakeRunner(ProcessRunner processes) : ITestRunner
{
    public IReadOnlyList<RunnerTool> Tools(PactConfig config, string projectRoot) => [new("fakec", "/nonexistent/fakec", "PACT_FAKEC")];

    public async Task<RunnerOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var outcome = await processes.RunAsync(new ProcessSpec
        {
            FileName = request.Tool("fakec", "/nonexistent/fakec"),
            Arguments = [request.TestFile],
            WorkingDirectory = request.Sandbox.Inside.Root,
            Environment = new Dictionary<string, string>(),
            Timeout = request.Timeout,
            Confinement = request.Confinement,
        }, cancellationToken);
        return new RunnerOutcome(outcome, request.Sandbox.Report("junit.xml"), ReportFormat.JUnit);
    }
}

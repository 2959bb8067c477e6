namespace Pact.Engine.Judge.Reporting;

/// <summary>
/// One run's verdict machinery: the canaries added to the test code, and for a language with a channel (pytest, node) the Pact-owned
/// reporters in the sandbox's harness directory with the channel they report on, listened on before the runner
/// starts. <see cref="FinishAsync"/> after the run gives the evidence <see cref="ReportCrossCheck"/> judges.
/// </summary>
public sealed class RunHarness : IDisposable
{
    /// <summary>How long after the run the channel may take to close; an honest run's closes as its process exits.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private readonly ReporterChannel? _channel;
    private readonly IReadOnlyList<string> _caseIds;

    private RunHarness(ReporterChannel? channel, ContractTestSuite suite, string canaryCode, IReadOnlyList<Canary> canaries)
    {
        _channel = channel;
        _caseIds = [.. suite.TestCases.Select(c => c.Id)];
        TestCode = suite.GeneratedCode + canaryCode;
        Canaries = canaries;
    }

    /// <summary>The locked suite's code with this run's canaries appended (the file the runner runs).</summary>
    public string TestCode { get; }

    public IReadOnlyList<Canary> Canaries { get; }

    public static (RunHarness? Harness, string? Problem) Prepare(Sandbox sandbox, ContractTestSuite suite, Languages.ILanguage language)
    {
        var (code, canaries) = Reporting.Canaries.For(suite, language);
        if (!language.HasReporterChannel)
        {
            return (new RunHarness(null, suite, code, canaries), null);
        }

        ReporterFiles.Write(sandbox.Host.Harness, Path.Combine(sandbox.Inside.Harness, ReporterChannel.FileName));
        var (channel, problem) = ReporterChannel.Open(Path.Combine(sandbox.Host.Harness, ReporterChannel.FileName));
        return channel is null ? (null, problem) : (new RunHarness(channel, suite, code, canaries), null);
    }

    /// <summary>After the run: the suite's ids, the canaries and what the channel carried.</summary>
    public async Task<RunEvidence> FinishAsync() =>
        new(_caseIds, Canaries, _channel is null ? null : await _channel.FinishAsync(Grace));

    public void Dispose() => _channel?.Dispose();
}

namespace Pact.Engine.Judge.Reporting;

/// <summary>
/// What arrived on a run's reporter channel. <see cref="Connected"/> false: nothing ever connected (the reporter was
/// not loaded, or the run ended before it). <see cref="Problem"/> names anything that no honest reporter sends: a line
/// that is not a record, a record after the end, more bytes than any suite needs, a channel still held open after
/// the run ended (a process that outlived the run holds it).
/// </summary>
public sealed record ChannelRecords
{
    public bool Connected { get; init; }
    public IReadOnlyList<ReportedCase> Cases { get; init; } = [];

    /// <summary>Collection errors (pytest could not import the test module, node could not load the file).</summary>
    public int CollectErrors { get; init; }

    /// <summary>The test that had started and not finished when the records stopped: at a timeout, the one that hung.</summary>
    public string? Running { get; init; }

    /// <summary>The end-of-session record arrived.</summary>
    public bool Ended { get; init; }

    /// <summary>The exit status the runner announced in its end record, where it knows one (pytest).</summary>
    public int? ExitStatus { get; init; }
    public string? Problem { get; init; }

    public static ChannelRecords None { get; } = new();
}

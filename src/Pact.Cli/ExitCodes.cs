namespace Pact.Cli;

/// <summary>The exit codes of <c>pact</c>, documented in README.md and CAPABILITIES.md.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A gate, a validation or a test run failed; nothing was written.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>The project, file or component named does not exist.</summary>
    public const int NotFound = 3;

    /// <summary>Another Pact process held the project lock too long.</summary>
    public const int Busy = 4;

    /// <summary>Interrupted (Ctrl-C): 128 + SIGINT, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>A bug in Pact: please report it with the message printed.</summary>
    public const int Internal = 70;

    /// <summary>The disk refused a read or write (permissions, full disk).</summary>
    public const int IoError = 74;

    public static int Of(Outcome outcome) => outcome switch
    {
        Outcome.Ok => Ok,
        Outcome.Invalid => Failed,
        Outcome.NotFound => NotFound,
        Outcome.Busy => Busy,
        Outcome.IoError => IoError,
        _ => Internal,
    };
}

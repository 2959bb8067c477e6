namespace Pact.Engine.Judge;

/// <summary>A program to run: arguments as a list (never a shell string), the whole environment, a time limit.</summary>
public sealed record ProcessSpec
{
    public required string FileName { get; init; }
    public required IReadOnlyList<string> Arguments { get; init; }
    public required string WorkingDirectory { get; init; }

    /// <summary>The child's entire environment; nothing of the parent's is inherited.</summary>
    public required IReadOnlyDictionary<string, string> Environment { get; init; }
    public required TimeSpan Timeout { get; init; }

    /// <summary>Bytes kept of each of stdout and stderr; the rest is read and dropped.</summary>
    public int OutputCap { get; init; } = 1 << 20;

    /// <summary>Environment variable that tags every process of a run; after the run, any process still carrying it is killed.</summary>
    public const string TagVariable = "PACT_SANDBOX";
}

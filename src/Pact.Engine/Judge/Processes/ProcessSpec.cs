using Pact.Engine.Judge.Isolation;

namespace Pact.Engine.Judge.Processes;

/// <summary>A program to run: arguments as a list (never a shell string), the whole environment, a time limit.</summary>
public sealed record ProcessSpec
{
    public required string FileName { get; init; }
    public required IReadOnlyList<string> Arguments { get; init; }

    /// <summary>The working directory as the program sees it (inside the sandbox when confined).</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>The child's entire environment; nothing of the parent's is inherited.</summary>
    public required IReadOnlyDictionary<string, string> Environment { get; init; }
    public required TimeSpan Timeout { get; init; }

    /// <summary>Bytes kept of each of stdout and stderr; the rest is read and dropped.</summary>
    public int OutputCap { get; init; } = 1 << 20;

    /// <summary>How the program is confined; null (or an unconfined confinement) starts it as it is.</summary>
    public Confinement? Confinement { get; init; }

    /// <summary>Text written to the program's stdin (then closed); null closes stdin at once.</summary>
    public string? Input { get; init; }

    /// <summary>
    /// One of Pact's own helper programs (a syntax checker, a tamper scan, a version probe), not judged code: it gets
    /// Pact's own environment, so a configured interpreter finds what it was installed with, and the current directory.
    /// </summary>
    public static ProcessSpec Tool(string program, IEnumerable<string> arguments, string? input, TimeSpan timeout, string? workingDirectory = null)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry variable in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)variable.Key] = (string?)variable.Value ?? "";
        }

        return new ProcessSpec
        {
            FileName = program,
            Arguments = [.. arguments],
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
            Environment = environment,
            Timeout = timeout,
            Input = input,
        };
    }
}

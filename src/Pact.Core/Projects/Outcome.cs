namespace Pact.Projects;

/// <summary>How a command ended. Each maps to one documented exit code of the CLI.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<Outcome>))]
public enum Outcome
{
    /// <summary>Done (exit 0).</summary>
    Ok,

    /// <summary>An input or artifact failed validation or a gate; nothing was written (exit 1).</summary>
    Invalid,

    /// <summary>The project, file or component does not exist (exit 3).</summary>
    NotFound,

    /// <summary>Another process held the project lock for too long (exit 4).</summary>
    Busy,

    /// <summary>The disk refused a read or write (exit 74).</summary>
    IoError,
}

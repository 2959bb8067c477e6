namespace Pact.Engine.Backends;

/// <summary>How a backend's agent program is run, and how its failures read.</summary>
public static class BackendProgram
{
    /// <summary>
    /// The agent's program (its variable, else <paramref name="command"/> on PATH), or the "unavailable" answer that
    /// says how to install it: a program that is not there is not a failed review.
    /// </summary>
    public static (string? Program, BackendAnswer? Unavailable) Locate(Toolchain.Toolchain toolchain, string backend, string variable, string command, string display, string install, string alternative)
    {
        var program = toolchain.Program(variable, command);
        return program is not null && File.Exists(program)
            ? (program, null)
            : (null, BackendAnswer.Unavailable(backend, $"{display} (`{command}`) is not installed here" + (program is null ? "" : $" ({variable} names {program}, which does not exist)"), $"install it (`{install}`) or set {variable} to its path; or choose another backend (--backend {alternative})"));
    }

    /// <summary>The answer when the program is there but would not start (not executable, not what it claims to be).</summary>
    public static BackendAnswer NotStarted(string backend, string program, string display, string variable, string? error) =>
        BackendAnswer.Unavailable(backend, $"{program} could not be started: {error}", $"check that {program} is {display} and executable, or set {variable}");

    /// <summary>
    /// The process a backend runs: Pact's own environment (the agent needs its login and its PATH) plus the request's
    /// variables, its prompt on stdin (never on the command line, where `ps` would show it), in the project.
    /// </summary>
    public static ProcessSpec Spec(string program, IEnumerable<string> arguments, BackendRequest request)
    {
        var spec = ProcessSpec.Tool(program, arguments, request.Prompt, request.Timeout, request.WorkingDirectory);
        var environment = new Dictionary<string, string>(spec.Environment, StringComparer.Ordinal);
        foreach (var (name, value) in request.Environment)
        {
            environment[name] = value;
        }

        return spec with { Environment = environment, OutputCap = 8 << 20 };
    }

    /// <summary>The JSON object <paramref name="text"/> holds, or null when it holds none (empty, malformed, another kind of value).</summary>
    public static System.Text.Json.Nodes.JsonObject? ParseObject(string? text)
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : System.Text.Json.Nodes.JsonNode.Parse(text) as System.Text.Json.Nodes.JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The first non-empty line of a program's error output, for a message.</summary>
    public static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";

    /// <summary>Whether a failure reads like a missing or refused credential, so the fix can say how to log in.</summary>
    public static bool LooksLikeCredentials(string message) =>
        new[] { "api key", "apikey", "401", "unauthorized", "authentication", "login", "credential" }.Any(w => message.Contains(w, StringComparison.OrdinalIgnoreCase));
}

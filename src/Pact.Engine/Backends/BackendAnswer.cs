using System.Text.Json.Nodes;

namespace Pact.Engine.Backends;

/// <summary>
/// What a backend gave back. <see cref="Output"/> is the structured answer when <see cref="State"/> is completed;
/// otherwise <see cref="Message"/> says what went wrong and <see cref="Fix"/> what to do about it.
/// </summary>
public sealed record BackendAnswer
{
    public required string Backend { get; init; }
    public required BackendState State { get; init; }
    public JsonNode? Output { get; init; }
    public string Message { get; init; } = "";
    public string Fix { get; init; } = "";

    /// <summary>The model that answered, when the backend says.</summary>
    public string Model { get; init; } = "";

    /// <summary>What the call cost in US dollars, when the backend reports it.</summary>
    public double? CostUsd { get; init; }

    /// <summary>Something the run should say about the call though it succeeded (a spend it cannot count, say).</summary>
    public string Warning { get; init; } = "";

    public long InputTokens { get; init; }
    public long OutputTokens { get; init; }

    public static BackendAnswer Unavailable(string backend, string message, string fix) =>
        new() { Backend = backend, State = BackendState.Unavailable, Message = message, Fix = fix };

    public static BackendAnswer Failed(string backend, string message, string fix) =>
        new() { Backend = backend, State = BackendState.Failed, Message = message, Fix = fix };
}

using System.Text.Json.Serialization;

namespace Pact.Cli.Commands;

/// <summary>What Claude Code reads from a PreToolUse hook's stdout (its names are camelCase, unlike Pact's artifacts).</summary>
internal sealed record HookOutput([property: JsonPropertyName("hookSpecificOutput")] HookSpecificOutput HookSpecificOutput);

internal sealed record HookSpecificOutput(
    [property: JsonPropertyName("hookEventName")] string HookEventName,
    [property: JsonPropertyName("permissionDecision")] string PermissionDecision,
    [property: JsonPropertyName("permissionDecisionReason")] string PermissionDecisionReason);

/// <summary>Claude Code's hook protocol is not a Pact artifact, so it has its own small context.</summary>
[JsonSerializable(typeof(HookOutput))]
internal sealed partial class HookJson : JsonSerializerContext;

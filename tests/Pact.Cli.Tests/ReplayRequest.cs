using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pact.Cli.Tests;

/// <summary>One request <see cref="ReplayChatApi"/> received: where it went, the credentials it carried, and its body.</summary>
internal sealed record ReplayRequest(string Path, string Authorization, string ApiKey, JsonObject Body)
{
    /// <summary>The last message's text, whether the SDK sent it as a string (OpenAI) or as content blocks (Anthropic).</summary>
    public string Prompt => PromptOf(Body);

    public static string PromptOf(JsonObject body)
    {
        var content = body["messages"]!.AsArray()[^1]!["content"]!;
        return content.GetValueKind() == JsonValueKind.String ? content.GetValue<string>() : string.Concat(content.AsArray().Select(p => (string?)p!["text"]));
    }
}

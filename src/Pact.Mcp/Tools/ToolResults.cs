using System.Text.Json.Serialization.Metadata;

namespace Pact.Mcp.Tools;

/// <summary>
/// A service result as an MCP tool result: the record as structured content (the same JSON as <c>pact … --json</c>),
/// the same JSON as text for clients without structured content, and <c>isError</c> when the outcome is not ok.
/// </summary>
internal static class ToolResults
{
    public static CallToolResult From<T>(CommandResult<T> result, JsonTypeInfo<CommandResult<T>> type)
        where T : class
    {
        var json = JsonSerializer.SerializeToElement(result, type);
        var text = new StringBuilder();
        if (!result.Ok)
        {
            text.AppendLine($"pact {result.Command} failed ({JsonNamingPolicy.SnakeCaseLower.ConvertName(result.Outcome.ToString())}); nothing was changed:");
            foreach (var diagnostic in result.Diagnostics)
            {
                text.AppendLine($"- {diagnostic}");
            }
        }

        text.Append(json.GetRawText());
        return new CallToolResult
        {
            StructuredContent = json,
            Content = [new TextContentBlock { Text = text.ToString() }],
            IsError = !result.Ok,
        };
    }
}

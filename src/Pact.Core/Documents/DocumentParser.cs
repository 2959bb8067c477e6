namespace Pact.Documents;

/// <summary>Picks the parser: by extension when the file has one, else by the first character (JSON starts with '{' or '[').</summary>
public static class DocumentParser
{
    public static ParsedDocument Parse(string text, string file) => Detect(text, file) == DocumentFormat.Json
        ? JsonReader.Parse(text, file)
        : YamlReader.Parse(text, file);

    /// <summary>A tool argument (an MCP call's JSON value) as a document; messages name it as <c>argument 'NAME'</c>.</summary>
    public static ParsedDocument Argument(string name, System.Text.Json.JsonElement value) => JsonReader.Parse(value.GetRawText(), $"argument '{name}'");

    public static DocumentFormat Detect(string text, string file)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension == ".json")
        {
            return DocumentFormat.Json;
        }

        if (extension is ".yaml" or ".yml")
        {
            return DocumentFormat.Yaml;
        }

        var first = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return first.StartsWith('{') || first.StartsWith('[') ? DocumentFormat.Json : DocumentFormat.Yaml;
    }
}

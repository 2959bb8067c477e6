namespace Pact.Documents;

/// <summary>Picks the parser: by extension when the file has one, else by the first character (JSON starts with '{' or '[').</summary>
public static class DocumentParser
{
    public static ParsedDocument Parse(string text, string file) => Detect(text, file) == DocumentFormat.Json
        ? JsonReader.Parse(text, file)
        : YamlReader.Parse(text, file);

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

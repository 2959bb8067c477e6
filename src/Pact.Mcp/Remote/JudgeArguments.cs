namespace Pact.Mcp.Remote;

/// <summary>Tool arguments for the judge service, as JSON values (the SDK's serializer knows JsonElement under Native AOT).</summary>
public static class JudgeArguments
{
    /// <summary>The project as the service must see it (a full path: the service serves exactly that project), plus string-array arguments.</summary>
    public static IReadOnlyDictionary<string, object?> For(string projectDir, params (string Name, string[] Values)[] lists)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal) { ["project_dir"] = Element(w => w.WriteStringValue(Path.GetFullPath(projectDir))) };
        foreach (var (name, values) in lists.Where(l => l.Values.Length > 0))
        {
            arguments[name] = Element(w =>
            {
                w.WriteStartArray();
                foreach (var value in values)
                {
                    w.WriteStringValue(value);
                }

                w.WriteEndArray();
            });
        }

        return arguments;
    }

    private static JsonElement Element(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }
}

using Pact.Adoption;

namespace Pact.Engine.Adoption;

/// <summary>
/// One module as the language readers (Adoption/Scripts/adopt_python.py, adopt_typescript.js) describe it in JSON:
/// both write the same shape, so one mapping serves every language.
/// </summary>
internal static class AdoptedModuleJson
{
    public static AdoptedModule Read(JsonElement item)
    {
        static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        static IReadOnlyList<string> Strings(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Select(s => s.GetString()!)] : [];
        static IEnumerable<JsonElement> Items(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

        return new AdoptedModule
        {
            Path = item.GetProperty("path").GetString()!,
            Dotted = item.GetProperty("dotted").GetString()!,
            Error = Text(item, "error"),
            Doc = Text(item, "doc") ?? "",
            Loc = item.TryGetProperty("loc", out var loc) ? loc.GetInt32() : 0,
            All = item.TryGetProperty("all", out var all) && all.ValueKind == JsonValueKind.Array ? Strings(item, "all") : null,
            Imports = Strings(item, "imports"),
            Bound = Strings(item, "bound"),
            Functions = [.. Items(item, "functions").Select(f => new AdoptedFunction(
                f.GetProperty("name").GetString()!,
                Text(f, "doc") ?? "",
                [.. Items(f, "params").Select(p => new AdoptedParameter(p.GetProperty("name").GetString()!, Text(p, "annotation"), Text(p, "default"), p.GetProperty("kind").GetString()!))],
                Text(f, "returns"),
                f.GetProperty("async").GetBoolean()))],
            Classes = [.. Items(item, "classes").Select(c => new AdoptedClass(
                c.GetProperty("name").GetString()!,
                Text(c, "doc") ?? "",
                [.. Items(c, "fields").Select(f => new AdoptedField(f.GetProperty("name").GetString()!, Text(f, "annotation"), Text(f, "default")))],
                Strings(c, "variants"),
                c.GetProperty("enum").GetBoolean(),
                c.TryGetProperty("type_only", out var typeOnly) && typeOnly.GetBoolean()))],
        };
    }
}

using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Pact.Documents;

/// <summary>
/// JSON tree → block-style YAML for the files people edit (pact.yaml, build_spec.yaml). Strings are quoted only when a
/// plain scalar would read back as something else, and multi-line text is written as a literal block.
/// </summary>
public static class YamlWriter
{
    public static string Write(JsonNode? root)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(text, new EmitterSettings().WithBestIndent(2));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        Emit(emitter, root);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Emit(IEmitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case null:
                emitter.Emit(Scalar("null", ScalarStyle.Plain));
                break;
            case JsonObject obj:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, obj.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, value) in obj)
                {
                    emitter.Emit(Text(key));
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray array:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, array.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in array)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                emitter.Emit(Text(value.GetValue<string>()));
                break;
            default:
                emitter.Emit(Scalar(node.ToJsonString(), ScalarStyle.Plain));
                break;
        }
    }

    private static Scalar Text(string value)
    {
        if (value.Contains('\n', StringComparison.Ordinal) && !value.Contains('\r', StringComparison.Ordinal) && !value.Contains('\t', StringComparison.Ordinal))
        {
            return Scalar(value, ScalarStyle.Literal);
        }

        return Scalar(value, ReadsBackAsString(value) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted);
    }

    /// <summary>True when the plain scalar parses back (through <see cref="YamlReader"/>) as this very string.</summary>
    private static bool ReadsBackAsString(string value)
    {
        if (value.Length == 0 || value != value.Trim() || value.IndexOfAny(['\n', '\r', '\t', '"', '\'', '#', '\\']) >= 0)
        {
            return false;
        }

        if ("-?:,[]{}&*!|>%@`".Contains(value[0], StringComparison.Ordinal) || value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':'))
        {
            return false;
        }

        var parsed = YamlReader.Parse($"v: {value}\n", "check.yaml");
        return parsed.Ok && parsed.Root?["v"] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() == value;
    }

    private static Scalar Scalar(string value, ScalarStyle style) => new(AnchorName.Empty, TagName.Empty, value, style, true, true);
}

using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pact.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pact.Documents;

/// <summary>
/// YAML → JSON tree, using YamlDotNet's representation model (no reflection, so it survives trimming) and the
/// YAML 1.2 core schema for plain scalars: <c>yes</c> stays a string, <c>0</c> is a number, quoted values are strings.
/// </summary>
public static partial class YamlReader
{
    public static ParsedDocument Parse(string text, string file)
    {
        const string SyntaxFix = "fix the YAML syntax at that line (indentation, a missing ':', an unclosed bracket or quote are the usual causes)";
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var after = parser.Current is { } last && last.Start.Line < e.Start.Line ? $" (the last value read was at line {last.Start.Line})" : "";
            return Failed(file, e.Start.Line, e.Start.Column, $"invalid YAML: {Innermost(e).Message}{after}", SyntaxFix);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this (without a position) on some malformed input, e.g. an unclosed '['.
            // The last event it parsed is where things went wrong.
            var end = parser.Current?.Start ?? Mark.Empty;
            return Failed(file, Math.Max(1, end.Line), Math.Max(1, end.Column), $"invalid YAML after this point ({e.Message})", SyntaxFix);
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            return Failed(file, (int)second.Line, (int)second.Column, "the file holds more than one YAML document",
                "keep a single document: remove the '---' separator and what follows it");
        }

        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var root = stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode, "", file, locations, diagnostics);
        return new ParsedDocument { File = file, Format = DocumentFormat.Yaml, Root = root, Locations = locations, Diagnostics = diagnostics };
    }

    private static JsonNode? Convert(YamlNode node, string pointer, string file, Dictionary<string, SourceLocation> locations, List<Diagnostic> diagnostics)
    {
        locations[pointer] = new SourceLocation((int)node.Start.Line, (int)node.Start.Column);
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        diagnostics.Add(Error(file, keyNode, pointer, "a mapping key is not a plain string", "use a simple text key"));
                        continue;
                    }

                    var child = JsonPointerText.Append(pointer, key);
                    if (obj.ContainsKey(key))
                    {
                        diagnostics.Add(Error(file, keyNode, child, $"duplicate key '{key}'", "keep one entry for the key and delete the other"));
                        continue;
                    }

                    obj[key] = Convert(valueNode, child, file, locations, diagnostics);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    array.Add(Convert(sequence.Children[i], JsonPointerText.Append(pointer, i), file, locations, diagnostics));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                diagnostics.Add(Error(file, node, pointer, $"unsupported YAML node {node.NodeType}", "use plain mappings, lists and scalars"));
                return null;
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        var tag = scalar.Tag.IsEmpty ? "" : scalar.Tag.Value;
        if (tag == "tag:yaml.org,2002:str" || (tag.Length == 0 && scalar.Style is not ScalarStyle.Plain and not ScalarStyle.Any))
        {
            return JsonValue.Create(value);
        }

        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (value is "true" or "True" or "TRUE")
        {
            return JsonValue.Create(true);
        }

        if (value is "false" or "False" or "FALSE")
        {
            return JsonValue.Create(false);
        }

        if (IntPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (FloatPattern().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
        {
            return JsonValue.Create(real);
        }

        return JsonValue.Create(value);
    }

    private static Exception Innermost(Exception e) => e.InnerException is YamlException inner ? Innermost(inner) : e;

    private static ParsedDocument Failed(string file, long line, long column, string message, string fix) => new()
    {
        File = file,
        Format = DocumentFormat.Yaml,
        Diagnostics = [new Diagnostic { Rule = "input.yaml_syntax", File = file, Line = (int)line, Column = (int)column, Message = message, Fix = fix }],
    };

    private static Diagnostic Error(string file, YamlNode node, string pointer, string message, string fix) => new()
    {
        Rule = "input.yaml_structure",
        File = file,
        Line = (int)node.Start.Line,
        Column = (int)node.Start.Column,
        Pointer = pointer,
        Message = message,
        Fix = fix,
    };

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}

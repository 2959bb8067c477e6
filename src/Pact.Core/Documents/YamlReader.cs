using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
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
        var guarded = new DepthGuardedParser(parser);
        try
        {
            stream.Load(guarded);
        }
        catch (YamlLimitException e)
        {
            return Failed(file, e.At.Line, e.At.Column, e.Message, e.Fix, e.Rule);
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

        var conversion = new Conversion(file, guarded.Nodes, Math.Max(DocumentLimits.MinAliasAllowance, guarded.Nodes));
        try
        {
            var root = stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode, "", 0, conversion);
            return new ParsedDocument { File = file, Format = DocumentFormat.Yaml, Root = root, Locations = conversion.Locations, Diagnostics = conversion.Diagnostics };
        }
        catch (YamlLimitException e)
        {
            return Failed(file, e.At.Line, e.At.Column, e.Message, e.Fix, e.Rule);
        }
    }

    /// <summary>What one conversion collects, and the values it may still produce (aliases share nodes, so a walk can multiply them).</summary>
    private sealed class Conversion(string file, int written, int allowance)
    {
        public string File { get; } = file;

        public int Allowance { get; } = allowance;

        public Dictionary<string, SourceLocation> Locations { get; } = new(StringComparer.Ordinal);

        public List<Diagnostic> Diagnostics { get; } = [];

        public int Remaining { get; set; } = written + allowance;
    }

    private static JsonNode? Convert(YamlNode node, string pointer, int depth, Conversion state)
    {
        // Aliases make the loaded tree a graph: a 300-byte file can name millions of values, and an alias may nest a
        // container deeper than the text shows. Both are cut here, before the walk (and its recursion) goes further.
        if (--state.Remaining < 0)
        {
            throw new YamlLimitException(node.Start, "input.yaml_aliases",
                $"following its aliases would add more than {state.Allowance} values to what the document writes out (an alias bomb?)",
                "write the values out instead of repeating anchors through aliases (*name)");
        }

        if (node is YamlMappingNode or YamlSequenceNode && depth + 1 > DocumentLimits.MaxDepth)
        {
            throw new YamlLimitException(node.Start, "input.yaml_too_deep", DocumentLimits.DepthMessage + " once its aliases are followed", DocumentLimits.DepthFix);
        }

        state.Locations[pointer] = new SourceLocation((int)node.Start.Line, (int)node.Start.Column);
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key })
                    {
                        state.Diagnostics.Add(Error(state.File, keyNode, pointer, "a mapping key is not a plain string", "use a simple text key"));
                        continue;
                    }

                    var child = JsonPointerText.Append(pointer, key);
                    if (obj.ContainsKey(key))
                    {
                        state.Diagnostics.Add(Error(state.File, keyNode, child, $"duplicate key '{key}'", "keep one entry for the key and delete the other"));
                        continue;
                    }

                    obj[key] = Convert(valueNode, child, depth + 1, state);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    array.Add(Convert(sequence.Children[i], JsonPointerText.Append(pointer, i), depth + 1, state));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                state.Diagnostics.Add(Error(state.File, node, pointer, $"unsupported YAML node {node.NodeType}", "use plain mappings, lists and scalars"));
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

    private static ParsedDocument Failed(string file, long line, long column, string message, string fix, string rule = "input.yaml_syntax") => new()
    {
        File = file,
        Format = DocumentFormat.Yaml,
        Diagnostics = [new Diagnostic { Rule = rule, File = file, Line = (int)line, Column = (int)column, Message = message, Fix = fix }],
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

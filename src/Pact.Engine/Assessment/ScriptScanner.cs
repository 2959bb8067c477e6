using Pact.Assessment;

namespace Pact.Engine.Assessment;

/// <summary>
/// A lexical reader of TypeScript (and JSX) for the assessment: no type checker, no node. It tokenizes the file
/// (comments, strings, template literals with their <c>${}</c> holes, regular expressions and brackets) so nothing
/// inside a comment or a string is read as code, then finds the module's imports (<c>import … from '…'</c>, side-effect
/// <c>import '…'</c>, <c>export … from '…'</c>, <c>require('…')</c>, <c>import('…')</c>) and counts its top-level
/// exported functions and classes (interfaces, types, enums and namespaces count as classes: each is a name a user
/// must learn). An unterminated comment, string, template or expression, or a bracket that never closes, makes the
/// file a parse error.
/// </summary>
/// <remarks>
/// JSX text is not code: with <c>jsx</c> set, a quote that does not close on its line is taken as text and brackets
/// are not checked, since "Don't (really)" between tags is neither a string nor a bracket.
/// </remarks>
public static class ScriptScanner
{
    private enum Kind { Word, Text, Template, Punct, Number, Regex }

    private readonly record struct Token(Kind Kind, string Value, int Line, int Depth);

    /// <summary>Words after which a '/' begins a regular expression, not a division.</summary>
    private static readonly HashSet<string> BeforeExpression = new(StringComparer.Ordinal)
    {
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await",
    };

    public static ParsedModule Scan(string path, string text, bool jsx)
    {
        var loc = SourceTree.CodeLines(text);
        var (tokens, error, errorLine) = Tokenize(text, jsx);
        if (error is not null)
        {
            return new ParsedModule { Path = path, Loc = loc, Error = $"does not parse (line {errorLine}: {error})", ErrorLine = errorLine };
        }
        var imports = new List<ParsedImport>();
        int functions = 0, classes = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != Kind.Word || (i > 0 && Is(tokens[i - 1], ".")))
            {
                continue;
            }
            switch (t.Value)
            {
                case "import":
                    ReadImport(tokens, i, imports);
                    break;
                case "require" when At(tokens, i + 1, "(") && KindAt(tokens, i + 2) == Kind.Text && At(tokens, i + 3, ")"):
                    imports.Add(new ParsedImport(tokens[i + 2].Value, [], false, 0, t.Line));
                    break;
                case "export" when t.Depth == 0:
                    ReadExport(tokens, i, imports, ref functions, ref classes);
                    break;
            }
        }
        return new ParsedModule { Path = path, Loc = loc, PublicFunctions = functions, PublicClasses = classes, Imports = imports };
    }

    private static void ReadImport(List<Token> tokens, int i, List<ParsedImport> imports)
    {
        var line = tokens[i].Line;
        if (KindAt(tokens, i + 1) == Kind.Text)
        {
            imports.Add(new ParsedImport(tokens[i + 1].Value, [], false, 0, line));
            return;
        }
        if (At(tokens, i + 1, "("))
        {
            if (KindAt(tokens, i + 2) == Kind.Text)
            {
                imports.Add(new ParsedImport(tokens[i + 2].Value, [], false, 0, line));
            }
            return;
        }
        if (At(tokens, i + 1, ".") || tokens[i].Depth != 0)
        {
            return;
        }
        // import [type] [Default][, ]{ a, type b, c as d } | * as ns from '…'; `import x = require('…')` is left to require.
        var names = new List<string>();
        var inBraces = false;
        for (var j = i + 1; j < tokens.Count && j < i + 400; j++)
        {
            var t = tokens[j];
            if (Is(t, ";") || Is(t, "="))
            {
                return;
            }
            if (t.Kind == Kind.Word && t.Value == "from" && !inBraces && KindAt(tokens, j + 1) == Kind.Text)
            {
                imports.Add(new ParsedImport(tokens[j + 1].Value, names, true, 0, line));
                return;
            }
            if (Is(t, "{"))
            {
                inBraces = true;
            }
            else if (Is(t, "}"))
            {
                inBraces = false;
            }
            else if (Is(t, "*"))
            {
                names.Add("*");
            }
            else if (t.Kind == Kind.Word && !(At(tokens, j - 1, "as")) && t.Value != "as")
            {
                if (t.Value == "type" && KindAt(tokens, j + 1) == Kind.Word && !At(tokens, j + 1, "from"))
                {
                    continue;
                }
                names.Add(inBraces ? t.Value : "default");
            }
        }
    }

    private static void ReadExport(List<Token> tokens, int i, List<ParsedImport> imports, ref int functions, ref int classes)
    {
        var line = tokens[i].Line;
        var j = i + 1;
        if (At(tokens, j, "type") && At(tokens, j + 1, "{"))
        {
            j++;
        }
        if (At(tokens, j, "*") || At(tokens, j, "{"))
        {
            var names = new List<string>();
            for (; j < tokens.Count && j < i + 400; j++)
            {
                var t = tokens[j];
                if (Is(t, ";") || (Is(t, "}") && !At(tokens, j + 1, "from")))
                {
                    return;
                }
                if (t.Kind == Kind.Word && t.Value == "from" && KindAt(tokens, j + 1) == Kind.Text)
                {
                    imports.Add(new ParsedImport(tokens[j + 1].Value, names, true, 0, line));
                    return;
                }
                if (Is(t, "*"))
                {
                    names.Add("*");
                }
                else if (t.Kind == Kind.Word && t.Value is not "as" and not "type" && !At(tokens, j - 1, "as"))
                {
                    names.Add(t.Value);
                }
            }
            return;
        }
        while (At(tokens, j, "default") || At(tokens, j, "declare") || At(tokens, j, "async") || At(tokens, j, "abstract"))
        {
            j++;
        }
        switch (j < tokens.Count && tokens[j].Kind == Kind.Word ? tokens[j].Value : null)
        {
            case "function":
                functions++;
                break;
            case "class" or "interface" or "enum" or "namespace" or "module":
                classes++;
                break;
            case "type" when KindAt(tokens, j + 1) == Kind.Word:
                classes++;
                break;
            case "const" or "let" or "var":
                // export const f = (…) => …, = async …, = function …, = x => …: a function; any other value is data.
                for (var k = j + 1; k < tokens.Count && k < j + 200 && tokens[k].Depth == 0; k++)
                {
                    if (Is(tokens[k], "=") && !At(tokens, k + 1, ">"))
                    {
                        if (At(tokens, k + 1, "async") || At(tokens, k + 1, "function") || At(tokens, k + 1, "(") || At(tokens, k + 1, "<")
                            || (KindAt(tokens, k + 1) == Kind.Word && At(tokens, k + 2, "=") && At(tokens, k + 3, ">")))
                        {
                            functions++;
                        }
                        break;
                    }
                    if (Is(tokens[k], ";"))
                    {
                        break;
                    }
                }
                break;
        }
    }

    private static bool Is(Token t, string punct) => t.Kind is Kind.Punct or Kind.Word && t.Value == punct;

    private static bool At(List<Token> tokens, int i, string value) => i >= 0 && i < tokens.Count && Is(tokens[i], value);

    private static Kind? KindAt(List<Token> tokens, int i) => i >= 0 && i < tokens.Count ? tokens[i].Kind : null;

    private static (List<Token> Tokens, string? Error, int Line) Tokenize(string s, bool jsx)
    {
        var tokens = new List<Token>();
        // Open brackets ('{', '(', '[') and template holes ('`'), with the line each opened on.
        var open = new Stack<(char Bracket, int Line)>();
        var line = 1;
        var i = 0;
        Token? last = null;

        void Add(Kind kind, string value, int at)
        {
            var token = new Token(kind, value, at, open.Count(o => o.Bracket == '{'));
            tokens.Add(token);
            last = token;
        }

        // Reads template text from i (after '`' or a hole's '}') to its end or its next hole; false when unterminated.
        bool TemplateText()
        {
            while (i < s.Length)
            {
                var c = s[i];
                if (c == '\\')
                {
                    i += 2;
                    continue;
                }
                if (c == '\n')
                {
                    line++;
                }
                if (c == '`')
                {
                    i++;
                    return true;
                }
                if (c == '$' && i + 1 < s.Length && s[i + 1] == '{')
                {
                    open.Push(('`', line));
                    i += 2;
                    return true;
                }
                i++;
            }
            return false;
        }

        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\n')
            {
                line++;
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                while (i < s.Length && s[i] != '\n')
                {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return (tokens, "unterminated comment", line);
                }
                line += s.AsSpan(i, end - i).Count('\n');
                i = end + 2;
                continue;
            }
            if (c is '\'' or '"')
            {
                var start = line;
                var j = i + 1;
                var value = new StringBuilder();
                var closed = false;
                while (j < s.Length && s[j] != '\n')
                {
                    if (s[j] == '\\' && j + 1 < s.Length)
                    {
                        if (s[j + 1] == '\n')
                        {
                            line++;
                        }
                        value.Append(s[j + 1]);
                        j += 2;
                        continue;
                    }
                    if (s[j] == c)
                    {
                        closed = true;
                        break;
                    }
                    value.Append(s[j]);
                    j++;
                }
                if (!closed)
                {
                    if (!jsx)
                    {
                        return (tokens, "unterminated string", start);
                    }
                    i++;
                    continue;
                }
                i = j + 1;
                Add(Kind.Text, value.ToString(), start);
                continue;
            }
            if (c == '`')
            {
                var start = line;
                i++;
                Add(Kind.Template, "`", start);
                if (!TemplateText())
                {
                    return (tokens, "unterminated template literal", start);
                }
                continue;
            }
            if (char.IsLetter(c) || c is '_' or '$' or '#' or '@')
            {
                var j = i + 1;
                while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] is '_' or '$'))
                {
                    j++;
                }
                Add(Kind.Word, s[i..j], line);
                i = j;
                continue;
            }
            if (char.IsDigit(c))
            {
                var j = i + 1;
                while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] is '_' or '.'))
                {
                    j++;
                }
                Add(Kind.Number, s[i..j], line);
                i = j;
                continue;
            }
            if (c == '/' && StartsExpression(last))
            {
                var start = line;
                var j = i + 1;
                var inClass = false;
                while (j < s.Length && s[j] != '\n' && (s[j] != '/' || inClass))
                {
                    if (s[j] == '\\')
                    {
                        j++;
                    }
                    else if (s[j] == '[')
                    {
                        inClass = true;
                    }
                    else if (s[j] == ']')
                    {
                        inClass = false;
                    }
                    j++;
                }
                if (j >= s.Length || s[j] != '/')
                {
                    if (!jsx)
                    {
                        return (tokens, "unterminated regular expression", start);
                    }
                    Add(Kind.Punct, "/", line);
                    i++;
                    continue;
                }
                j++;
                while (j < s.Length && char.IsLetter(s[j]))
                {
                    j++;
                }
                Add(Kind.Regex, s[i..j], start);
                i = j;
                continue;
            }
            if (c is '{' or '(' or '[')
            {
                Add(Kind.Punct, c.ToString(), line);
                open.Push((c, line));
                i++;
                continue;
            }
            if (c is '}' or ')' or ']')
            {
                var expected = c switch { '}' => '{', ')' => '(', _ => '[' };
                if (c == '}' && open.TryPeek(out var top) && top.Bracket == '`')
                {
                    open.Pop();
                    i++;
                    if (!TemplateText())
                    {
                        return (tokens, "unterminated template literal", top.Line);
                    }
                    last = new Token(Kind.Template, "`", line, 0);
                    continue;
                }
                if (open.TryPeek(out var opened) && opened.Bracket == expected)
                {
                    open.Pop();
                }
                else if (!jsx)
                {
                    return (tokens, $"unexpected '{c}'", line);
                }
                i++;
                Add(Kind.Punct, c.ToString(), line);
                continue;
            }
            Add(Kind.Punct, c.ToString(), line);
            i++;
        }
        if (open.Count > 0 && (!jsx || open.Any(o => o.Bracket == '`')))
        {
            var (bracket, at) = open.Peek();
            return (tokens, bracket == '`' ? "unterminated template literal" : $"'{bracket}' is never closed", at);
        }
        return (tokens, null, line);
    }

    /// <summary>Whether a '/' after <paramref name="last"/> begins a regular expression.</summary>
    private static bool StartsExpression(Token? last) => last switch
    {
        null => true,
        { Kind: Kind.Word } word => BeforeExpression.Contains(word.Value),
        { Kind: Kind.Number or Kind.Text or Kind.Template or Kind.Regex } => false,
        { Kind: Kind.Punct } punct => punct.Value is not (")" or "]"),
        _ => false,
    };
}

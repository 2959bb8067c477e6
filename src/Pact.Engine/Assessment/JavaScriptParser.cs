using Acornima;
using Acornima.Ast;
using Pact.Assessment;

namespace Pact.Engine.Assessment;

/// <summary>
/// JavaScript read with Acornima, a real ECMAScript parser in process: <c>.mjs</c> as a module, <c>.cjs</c> as a
/// script, <c>.js</c> as a module and else as a script (CommonJS). Imports are <c>import</c> declarations,
/// <c>export … from</c>, <c>import('…')</c> and <c>require('…')</c> with a string; the public interface is the
/// top-level exported functions and classes (an exported <c>const</c> holding a function is a function), or with
/// CommonJS the functions and classes assigned to <c>exports.x</c> / <c>module.exports.x</c>.
/// </summary>
public static class JavaScriptParser
{
    public static ParsedModule Parse(string path, string text)
    {
        var loc = SourceTree.CodeLines(text);
        var parser = new Parser(new ParserOptions { AllowReturnOutsideFunction = true, AllowHashBang = true });
        Acornima.Ast.Program program;
        try
        {
            program = path.EndsWith(".cjs", StringComparison.Ordinal) ? parser.ParseScript(text, path)
                : path.EndsWith(".mjs", StringComparison.Ordinal) ? parser.ParseModule(text, path)
                : ParseEither(parser, text, path);
        }
        catch (ParseErrorException e)
        {
            return new ParsedModule { Path = path, Loc = loc, Error = $"does not parse (line {e.LineNumber}: {e.Error?.Description ?? e.Message})", ErrorLine = e.LineNumber };
        }

        var imports = new List<ParsedImport>();
        foreach (var node in program.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case ImportDeclaration import:
                    imports.Add(new ParsedImport(import.Source.Value, [.. import.Specifiers.Select(Name)], import.Specifiers.Count > 0, 0, Line(node)));
                    break;
                case ExportNamedDeclaration { Source: { } source } export:
                    imports.Add(new ParsedImport(source.Value, [.. export.Specifiers.Select(s => ModuleName(s.Local))], true, 0, Line(node)));
                    break;
                case ExportAllDeclaration all:
                    imports.Add(new ParsedImport(all.Source.Value, ["*"], true, 0, Line(node)));
                    break;
                case ImportExpression { Source: StringLiteral dynamic }:
                    imports.Add(new ParsedImport(dynamic.Value, [], false, 0, Line(node)));
                    break;
                case CallExpression { Callee: Identifier { Name: "require" }, Arguments: [StringLiteral required] }:
                    imports.Add(new ParsedImport(required.Value, [], false, 0, Line(node)));
                    break;
            }
        }

        int functions = 0, classes = 0;
        foreach (var statement in program.Body)
        {
            var declared = statement switch
            {
                ExportNamedDeclaration named => named.Declaration,
                ExportDefaultDeclaration fallback => fallback.Declaration as Node,
                ExpressionStatement { Expression: AssignmentExpression { Left: MemberExpression target, Right: var value } } when IsExports(target.Object) => value,
                _ => null,
            };
            switch (declared)
            {
                case FunctionDeclaration or FunctionExpression or ArrowFunctionExpression:
                    functions++;
                    break;
                case ClassDeclaration or ClassExpression:
                    classes++;
                    break;
                case VariableDeclaration variables:
                    functions += variables.Declarations.Count(d => d.Init is FunctionExpression or ArrowFunctionExpression);
                    break;
            }
        }
        return new ParsedModule { Path = path, Loc = loc, PublicFunctions = functions, PublicClasses = classes, Imports = imports };
    }

    private static Acornima.Ast.Program ParseEither(Parser parser, string text, string path)
    {
        try
        {
            return parser.ParseModule(text, path);
        }
        catch (ParseErrorException asModule)
        {
            try
            {
                return parser.ParseScript(text, path);
            }
            catch (ParseErrorException)
            {
                // Neither parses: the module's error is the one to show (a .js file is more often a module today).
                throw asModule;
            }
        }
    }

    /// <summary><c>exports</c> or <c>module.exports</c>.</summary>
    private static bool IsExports(Node target) =>
        target is Identifier { Name: "exports" } || target is MemberExpression { Object: Identifier { Name: "module" }, Property: Identifier { Name: "exports" } };

    private static string Name(ImportDeclarationSpecifier specifier) => specifier switch
    {
        ImportSpecifier named => ModuleName(named.Imported),
        ImportDefaultSpecifier => "default",
        _ => "*",
    };

    private static string ModuleName(Node name) => name switch
    {
        Identifier identifier => identifier.Name,
        StringLiteral literal => literal.Value,
        _ => "?",
    };

    private static int Line(Node node) => node.Location.Start.Line;
}

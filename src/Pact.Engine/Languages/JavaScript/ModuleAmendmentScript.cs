namespace Pact.Engine.Languages.JavaScript;

/// <summary>
/// The script both script checkers run in node: it parses the locked and the submitted module with acorn, the parser
/// node itself bundles (reached with <c>--expose-internals</c>), after the TypeScript compiler turned TypeScript into
/// JavaScript when it is given the compiler's path. The locked module's statements must reappear unchanged; appended
/// statements may only be test calls with a new literal name, function declarations, imports and const/let
/// constants, under names the locked code neither declares nor uses, and nothing that calls, constructs, assigns or
/// deletes while the module loads (e.g. <c>assert.equal = () => {}</c>, a class static block, a namespace).
/// </summary>
internal static class ModuleAmendmentScript
{
    public const string Source = """
        const fs = require("node:fs");
        const out = v => console.log(JSON.stringify(v));
        let acorn;
        try { acorn = require("internal/deps/acorn/acorn/dist/acorn"); }
        catch (e) { out({ error: "this node has no bundled acorn parser to read the suite with: " + e.message }); process.exit(0); }
        let [oldSrc, newSrc] = JSON.parse(fs.readFileSync(0, "utf8"));
        const tsApi = process.argv[1];
        if (tsApi) {
          const ts = require(tsApi);
          const js = s => ts.transpileModule(s, { fileName: "suite.test.ts", compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true } }).outputText;
          oldSrc = js(oldSrc); newSrc = js(newSrc);
        }
        const lines = !tsApi;
        const parse = s => acorn.parse(s, { ecmaVersion: "latest", sourceType: "module", locations: true });
        const shape = n => JSON.stringify(n, (k, v) => k === "start" || k === "end" || k === "loc" || k === "raw" ? undefined : v);
        const children = n => Object.entries(n).filter(([k]) => k !== "loc").flatMap(([, v]) => Array.isArray(v) ? v : [v]).filter(v => v && typeof v.type === "string");
        const walk = (n, f) => { f(n); children(n).forEach(c => walk(c, f)); };
        const PURE = new Set(["Literal", "Identifier", "TemplateLiteral", "TemplateElement", "ArrayExpression", "ObjectExpression", "Property",
          "SpreadElement", "UnaryExpression", "BinaryExpression", "LogicalExpression", "ConditionalExpression", "MemberExpression",
          "SequenceExpression", "ChainExpression", "ParenthesizedExpression"]);
        // True when evaluating n calls, constructs, assigns and deletes nothing; a function's body (and, in JavaScript, its
        // default values) runs only when it is called.
        const pure = n => !n || n.type === "ArrowFunctionExpression" || n.type === "FunctionExpression"
          || (PURE.has(n.type) && !(n.type === "UnaryExpression" && n.operator === "delete") && children(n).every(pure));
        const TEST_METHODS = new Set(["test", "it", "describe", "suite"]);
        const nameOf = a => a && a.type === "Literal" && typeof a.value === "string" ? a.value
          : a && a.type === "TemplateLiteral" && a.expressions.length === 0 ? a.quasis[0].value.cooked : null;
        function testNames(root, testFns) {
          const names = [];
          walk(root, n => {
            if (n.type !== "CallExpression") return;
            const c = n.callee;
            const isTest = (c.type === "Identifier" && testFns.has(c.name)) || (c.type === "MemberExpression" && !c.computed && TEST_METHODS.has(c.property.name));
            const name = isTest ? nameOf(n.arguments[0]) : null;
            if (name !== null) names.push({ name, node: n });
          });
          return names;
        }
        function check() {
          const old = parse(oldSrc), now = parse(newSrc);
          const problems = [];
          const refuse = (name, node, problem) => problems.push({ name, line: lines && node.loc ? node.loc.start.line : null, problem });
          const n = old.body.length;
          const changed = now.body.findIndex((s, i) => i < n && shape(s) !== shape(old.body[i]));
          if (now.body.length < n || changed >= 0) {
            refuse("", now.body[changed >= 0 ? changed : now.body.length - 1] || now, "the appended code changes a statement of the locked code (it continues it)");
            return problems;
          }
          const used = new Set();
          walk(old, x => { if (x.type === "Identifier") used.add(x.name); });
          const testFns = new Set();
          for (const s of now.body) if (s.type === "ImportDeclaration" && s.source.value === "node:test") s.specifiers.forEach(sp => testFns.add(sp.local.name));
          const oldNames = new Set(testNames(old, testFns).map(t => t.name));
          const seen = new Set();
          const bind = (name, node) => {
            if (used.has(name)) refuse(name, node, `binds '${name}', a name the locked tests already define or use; it would redefine or shadow it`);
            else if (seen.has(name)) refuse(name, node, `binds '${name}' twice`);
            seen.add(name);
          };
          const suffix = now.body.slice(n);
          for (const s of suffix) {
            if (s.type === "ImportDeclaration" && s.specifiers.length > 0) s.specifiers.forEach(sp => bind(sp.local.name, sp));
            else if (s.type === "FunctionDeclaration" && s.id) bind(s.id.name, s);
            else if (s.type === "VariableDeclaration" && s.kind !== "var") {
              for (const d of s.declarations) {
                if (d.id.type === "Identifier") bind(d.id.name, d); else refuse("", d, "a destructuring declaration may run getters and iterators of what the locked tests use");
                if (!pure(d.init)) refuse(d.id.name || "", d, "an initial value that calls, constructs or assigns runs code when the module loads");
              }
            }
            else if (s.type === "ExpressionStatement" && s.expression.type === "CallExpression" && s.expression.callee.type === "Identifier" && testFns.has(s.expression.callee.name)) {
              const [first, ...rest] = s.expression.arguments;
              if (nameOf(first) === null) refuse("", s, "a new test needs a literal name");
              if (!rest.every(a => a.type === "ArrowFunctionExpression" || a.type === "FunctionExpression" || (a.type === "ObjectExpression" && pure(a))))
                refuse(nameOf(first) || "", s, "a test's arguments may only be its name, plain options and its function");
            }
            else if (s.type !== "EmptyStatement") refuse("", s, `a top-level ${s.type} runs code when the module loads; only new tests (test/describe/it calls), functions, imports of new names and plain constants may be appended`);
          }
          const added = new Set();
          for (const s of suffix) for (const t of testNames(s, testFns)) {
            if (oldNames.has(t.name)) refuse(t.name, t.node, `adds a second test named '${t.name}'; the locked suite already has one`);
            else if (added.has(t.name)) refuse(t.name, t.node, `adds two tests named '${t.name}'`);
            added.add(t.name);
          }
          return problems;
        }
        try { out(check()); }
        catch (e) { if (e instanceof SyntaxError) out([{ name: "", line: null, problem: "the code does not parse: " + e.message }]); else throw e; }
        """;
}

namespace Pact.Engine.Tests.Assessment;

/// <summary>
/// Small TypeScript, JavaScript and C# trees with known findings: a hub imported by m1…m8 (fan-in 8, the warning
/// threshold), a mutual import a ↔ b, a shallow module (3 public names in 3 lines), a module with no test
/// ("lonely") and a file that does not parse; every other module has its test beside the tree.
/// </summary>
internal static class LanguageFixtures
{
    public static string TypeScript(TempDirectory dir)
    {
        // Regexes, templates and comments or strings that merely look like imports are not imports.
        dir.Write("web/src/core.ts", """
            const quote = /['"`]/g;
            const shown = `core ${"}"} ${quote.source}`;
            /* import { nothing } from './lonely'; */
            export function thing(): number {
              let total = 0;
              for (let i = 0; i < 10; i++) { total += i; }
              return total + shown.length;
            }
            """);
        for (var i = 1; i <= 8; i++)
        {
            var specifier = i % 2 == 0 ? "./core" : "./core.js";
            dir.Write($"web/src/m{i}.ts", $"import {{ thing }} from '{specifier}';\n// import {{ x }} from './lonely';\nconst note = \"import y from './lonely'\";\nexport const value{i} = thing() + note.length;\n");
        }
        dir.Write("web/src/shallow.ts", "export function alpha() { return 1; }\nexport const beta = (): number => 2;\nexport interface Gamma { x: number }\n");
        dir.Write("web/src/a.ts", "import { b } from './b';\nexport const a = 1 + b;\n");
        dir.Write("web/src/b.ts", "import type { a } from './a';\nexport const b: typeof a = 2;\n");
        dir.Write("web/src/lonely/index.tsx", "import React from 'react';\nexport const Lonely = () => <p>Don't (really)</p>;\n");
        dir.Write("web/src/broken.ts", "export function f() {\n  return 'unterminated;\n}\n");
        foreach (var name in new[] { "core", "shallow", "a", "b", "broken", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8" })
        {
            dir.Write(name.StartsWith('m') ? $"web/src/__tests__/{name}.ts" : $"web/tests/{name}.test.ts", "import { test } from 'node:test';\ntest('x', () => {});\n");
        }
        dir.Write("web/src/node_modules/dep/index.ts", "import { thing } from '../../core';\n");
        return dir.Combine("web", "src");
    }

    public static string JavaScript(TempDirectory dir)
    {
        dir.Write("js/lib/core.mjs", "export function thing() {\n  let total = 0;\n  for (let i = 0; i < 10; i++) total += i;\n  return total;\n}\n");
        for (var i = 1; i <= 8; i++)
        {
            dir.Write($"js/lib/m{i}.js", $"import {{ thing }} from './core.mjs';\nexport const value{i} = thing();\n");
        }
        dir.Write("js/lib/shallow.js", "export function alpha() { return 1; }\nexport const beta = () => 2;\nexport class Gamma {}\n");
        dir.Write("js/lib/a.cjs", "const b = require('./b.cjs');\nmodule.exports = { a: 1 + b.b };\n");
        dir.Write("js/lib/b.cjs", "exports.b = 2;\nexports.late = () => require('./a.cjs');\n");
        dir.Write("js/lib/lonely.js", "const fs = require('node:fs');\nexports.read = function read(p) { return fs.readFileSync(p); };\n");
        dir.Write("js/lib/broken.js", "function (\n");
        foreach (var name in new[] { "core", "shallow", "a", "b", "broken", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8" })
        {
            dir.Write($"js/test/{name}.spec.js", "import test from 'node:test';\ntest('x', () => {});\n");
        }
        return dir.Combine("js", "lib");
    }

    public static string CSharp(TempDirectory dir)
    {
        dir.Write("cs/src/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        // A global using of the project reaches every namespace in it; System is not in the tree.
        dir.Write("cs/src/GlobalUsings.cs", "global using System;\n");
        dir.Write("cs/src/Core/Thing.cs", """
            namespace App.Core;

            /// <summary>Counts.</summary>
            public static class Thing
            {
                public static int Count()
                {
                    var total = 0;
                    for (var i = 0; i < 10; i++)
                    {
                        total += i;
                    }
                    return total;
                }
            }
            """);
        for (var i = 1; i <= 8; i++)
        {
            dir.Write($"cs/src/M{i}/Use.cs", $"using App.Core;\n\nnamespace App.M{i};\n\ninternal static class Use\n{{\n    public static int Value => Thing.Count();\n}}\n");
        }
        dir.Write("cs/src/Shallow/Types.cs", "namespace App.Shallow;\npublic sealed class X;\npublic sealed class Y;\npublic interface IZ;\n");
        dir.Write("cs/src/A/A.cs", "using App.B;\n\nnamespace App.A\n{\n    public sealed class A\n    {\n        public BThing? Other { get; init; }\n    }\n}\n");
        dir.Write("cs/src/B/B.cs", "namespace App.B;\n\nusing App.A;\n\npublic sealed class BThing\n{\n    public A.A? Back { get; init; }\n}\n");
        dir.Write("cs/src/Lonely/Lonely.cs", "namespace App.Lonely;\n\ninternal static class Lonely\n{\n    public static string Text => \"using App.Core;\";\n}\n");
        dir.Write("cs/src/Broken.cs", "namespace App.Broken;\n\npublic class {\n");
        dir.Write("cs/src/obj/Generated.cs", "using App.Core;\nnamespace App.Generated;\n");
        foreach (var name in new[] { "Core", "Shallow", "A", "B", "M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8" })
        {
            dir.Write($"cs/tests/App.Tests/{name}Tests.cs", $"namespace App.Tests.{name};\n\npublic sealed class {name}Tests;\n");
        }
        return dir.Combine("cs", "src");
    }
}

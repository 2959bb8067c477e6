using System.Text.Json;

namespace Pact.Cli.Tests;

/// <summary>
/// pact adopt on a small TypeScript tree: a root index.ts that re-exports, imports with and without the .js
/// extension and of a folder's index, an interface, a string-literal union, an enum, a class with parameter
/// properties, an async function and a local export list. The copies compile with Pact's strict settings and the
/// smoke suites pass in the judge's real sandbox; the drafts pass the gates and <c>pact validate</c> accepts the project.
/// </summary>
public sealed class AdoptTypeScriptCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public AdoptTypeScriptCliTests() => JudgeTools.Configure();

    public void Dispose() => _dir.Dispose();

    private async Task<string> ProjectAsync()
    {
        var project = _dir.Combine("proj");
        Assert.Equal(0, (await Cli.InProcessAsync("init", project, "--language", "typescript")).ExitCode);
        _dir.Write("proj/geo/index.ts", "export * from \"./point.js\";\nexport { Circle } from \"./shapes.js\";\n");
        _dir.Write("proj/geo/point.ts", """
            // Points on a plane.

            /** A point. */
            export interface Point { x: number; y: number; label?: string }

            /** The distance between two points. */
            export function distance(a: Point, b: Point): number {
              return Math.hypot(a.x - b.x, a.y - b.y);
            }
            """);
        _dir.Write("proj/geo/shapes.ts", """
            import { distance, type Point } from "./point.js";
            import { round } from "./util/index.js";

            export enum Kind { Circle, Square }
            export type Unit = "m" | "cm";

            /** A circle. */
            export class Circle {
              kind: Kind = Kind.Circle;
              constructor(public center: Point, public radius: number) {}
              area(): number { return round(Math.PI * this.radius ** 2); }
              contains(p: Point): boolean { return distance(this.center, p) <= this.radius; }
            }

            export async function load(names: string[], scale = 1): Promise<Circle[]> {
              return names.map((_, i) => new Circle({ x: i, y: i }, scale));
            }
            """);
        _dir.Write("proj/geo/format.ts", "import { Circle, type Unit } from \"./shapes\";\nexport const describe = (c: Circle, unit?: Unit): string => `r=${c.radius}${unit ?? \"m\"}`;\nfunction hidden(): void {}\nexport { hidden as visible };\n");
        _dir.Write("proj/geo/util/index.ts", "export function round(value: number, digits: number = 2): number {\n  const f = 10 ** digits;\n  return Math.round(value * f) / f;\n}\n");
        _dir.Write("proj/geo/shapes.test.ts", "import { Circle } from \"./shapes.js\";\n");
        _dir.Write("proj/geo/globals.d.ts", "declare const VERSION: string;\n");
        return project;
    }

    [Fact]
    public async Task ATree_IsAdopted_ItsSmokeSuitesPass_AndTheProjectValidates()
    {
        var project = await ProjectAsync();

        var run = await Cli.ProcessAsync("adopt", project, "--source", "geo", "--json");

        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var data = json.RootElement.GetProperty("data");
        Assert.True(data.GetProperty("done").GetBoolean());
        // The assessment of the source runs first and comes back with the plan.
        Assert.StartsWith("6 modules analyzed.", data.GetProperty("assessment").GetString(), StringComparison.Ordinal);
        Assert.Equal("typescript", data.GetProperty("language").GetString());
        var components = data.GetProperty("components").EnumerateArray().ToDictionary(c => c.GetProperty("component_id").GetString()!);
        Assert.Equal(["format", "point", "shapes", "util"], components.Keys.Order(StringComparer.Ordinal));
        Assert.All(components.Values, c => Assert.Equal("passed", c.GetProperty("smoke").GetString()));
        Assert.Equal(["point", "util"], components["shapes"].GetProperty("dependencies").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["globals.d.ts: declarations, not code", "shapes.test.ts: a test file: the project's suites are Pact's"], data.GetProperty("left_out").EnumerateArray().Select(l => l.GetString()));

        // The copies import each other at their new places; the original is untouched.
        var shapes = File.ReadAllText(_dir.Combine("proj", "src", "shapes", "shapes.ts"));
        Assert.Contains("from \"../point/point.js\";\nimport { round } from \"../util/util.js\";", shapes, StringComparison.Ordinal);
        Assert.Contains("from \"../shapes/shapes.js\"", File.ReadAllText(_dir.Combine("proj", "src", "format", "format.ts")), StringComparison.Ordinal);
        Assert.Contains("from \"./shapes\";", File.ReadAllText(_dir.Combine("proj", "geo", "format.ts")), StringComparison.Ordinal);
        var index = File.ReadAllText(_dir.Combine("proj", "src", "shapes", "index.ts"));
        Assert.Contains("export { load, Kind, Circle } from \"./shapes.js\";\nexport type { Unit } from \"./shapes.js\";", index, StringComparison.Ordinal);

        using var contract = JsonDocument.Parse(File.ReadAllText(_dir.Combine("proj", "contracts", "shapes", "interface.json")));
        var types = contract.RootElement.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Equal(["m", "cm"], types["Unit"].GetProperty("variants").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["kind", "center", "radius"], types["Circle"].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var load = contract.RootElement.GetProperty("functions").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "load");
        Assert.True(load.GetProperty("is_async").GetBoolean());
        Assert.Equal("list[Circle]", load.GetProperty("output_type").GetString());
        Assert.Equal("list[str]", load.GetProperty("inputs")[0].GetProperty("type_ref").GetString());
        Assert.False(load.GetProperty("inputs")[1].GetProperty("required").GetBoolean());
        using var format = JsonDocument.Parse(File.ReadAllText(_dir.Combine("proj", "contracts", "format", "interface.json")));
        Assert.Equal(["describe", "visible"], format.RootElement.GetProperty("functions").EnumerateArray().Select(f => f.GetProperty("name").GetString()));

        var validate = await Cli.InProcessAsync("validate", project);
        Assert.True(validate.ExitCode == 0, validate.Out + validate.Err);
        Assert.All(validate.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains("project.suite.missing", line, StringComparison.Ordinal));
        Assert.StartsWith("# Task\n\nThe existing TypeScript tree geo", File.ReadAllText(_dir.Combine("proj", "task.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileThatDoesNotParse_WritesNothing()
    {
        var project = await ProjectAsync();
        _dir.Write("proj/geo/broken.ts", "export function oops( {\n");

        var run = await Cli.InProcessAsync("adopt", project, "--source", "geo");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("adopt.parse", run.Err, StringComparison.Ordinal);
        Assert.Contains("broken.ts does not parse (line", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.Combine("proj", "decomposition", "tree.json")));
    }

    [Fact]
    public async Task CodeThatDoesNotCompileUnderStrict_FailsItsSmokeSuite_WithTheCompilersWords()
    {
        var project = await ProjectAsync();
        _dir.Write("proj/geo/loose.ts", "export function same(x) {\n  return x;\n}\n");

        var run = await Cli.InProcessAsync("adopt", project, "--source", "geo");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("adopt.smoke_failed", run.Err, StringComparison.Ordinal);
        Assert.Contains("implicitly has an 'any' type", run.Err, StringComparison.Ordinal);
    }
}

using Pact.Engine.Languages.JavaScript;

namespace Pact.Engine.Languages.TypeScript;

/// <summary>
/// TypeScript: the pinned tsc compiles the sandbox (strict, a Pact-owned tsconfig, Pact's declarations of the
/// node:test and node:assert modules), then <c>node --test</c> runs the compiled test file.
/// </summary>
public sealed class TypeScriptRunner(ProcessRunner processes, Toolchain.Toolchain toolchain) : ITestRunner
{
    private const string Declarations = """
        declare module "node:test" {
          type Body = (context?: any) => unknown;
          const test: ((name: string, fn: Body) => Promise<void>) & { describe: any; it: any };
          export default test;
          export const describe: (name: string, fn: () => unknown) => Promise<void>;
          export const it: (name: string, fn: Body) => Promise<void>;
          export { test };
        }
        declare module "node:assert/strict" { const assert: any; export default assert; }
        declare module "node:assert" { const assert: any; export default assert; }

        """;

    private const string TsConfig = """
        {
          "compilerOptions": {
            "target": "es2022", "module": "nodenext", "moduleResolution": "nodenext", "strict": true,
            "outDir": ".pact/out", "rootDir": ".", "types": [], "skipLibCheck": true, "noEmitOnError": true
          },
          "include": ["src/**/*.ts", "tests/**/*.ts", ".pact/node-test.d.ts"]
        }

        """;

    public IReadOnlyList<RunnerTool> Tools(PactConfig config, string projectRoot) =>
        toolchain.Tsc is { } tsc ? [NodeRunner.NodeTool(toolchain), new RunnerTool("tsc", tsc, Toolchain.Toolchain.TscVariable)] : [NodeRunner.NodeTool(toolchain)];

    public async Task<RunnerOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var sandbox = request.Sandbox;
        await NodeRunner.WritePackageJsonAsync(sandbox, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(sandbox.Root, "tsconfig.json"), TsConfig, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(sandbox.PactDir, "node-test.d.ts"), Declarations, cancellationToken);
        if (toolchain.Tsc is not { } tsc)
        {
            var missing = new ProcessOutcome { ExitCode = -1, StartError = "no TypeScript compiler: set PACT_TSC to tsc (e.g. tools/node_modules/typescript/bin/tsc after `npm ci --prefix tools`)" };
            return new RunnerOutcome(missing, sandbox.Report("junit.xml"), ReportFormat.JUnit) { FailedStep = "compile" };
        }

        var compile = await processes.RunAsync(new ProcessSpec
        {
            FileName = request.Tool("node", toolchain.Node),
            Arguments = [request.Tool("tsc", tsc), "-p", sandbox.Inside.InRoot("tsconfig.json")],
            WorkingDirectory = sandbox.Inside.Root,
            Environment = RunnerEnvironment.Base(sandbox),
            Timeout = request.Timeout,
            Confinement = request.Confinement,
        }, cancellationToken);
        if (compile.TimedOut || compile.ExitCode != 0)
        {
            return new RunnerOutcome(compile, sandbox.Report("junit.xml"), ReportFormat.JUnit) { FailedStep = "compile" };
        }

        await File.WriteAllTextAsync(Path.Combine(sandbox.PactDir, "out", "package.json"), "{ \"type\": \"module\" }\n", cancellationToken);
        var compiled = Path.Combine(".pact", "out", Path.ChangeExtension(request.TestFile, ".js"));
        await Judge.Typed.TypedValues.WriteNodeAsync(request, Path.Combine(".pact", "out", "src"), cancellationToken);
        return await NodeRunner.RunTestsAsync(processes, toolchain, request, compiled, cancellationToken);
    }
}

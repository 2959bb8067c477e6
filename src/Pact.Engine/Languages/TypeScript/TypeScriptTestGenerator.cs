using Pact.Engine.Languages.JavaScript;

namespace Pact.Engine.Languages.TypeScript;

/// <summary>The generated tests in TypeScript: compiled with tsc, then run with <c>node --test</c>. They need no @types package: <see cref="NodeTestShim"/> declares the two node modules they import.</summary>
public static class TypeScriptTestGenerator
{
    public const string NodeTestShim = """
        // Declarations of the node built-ins the generated tests use, so they compile without @types/node.
        declare module "node:test" {
          export function test(name: string, fn: () => unknown): void;
        }
        declare module "node:assert/strict" {
          const assert: {
            deepEqual(actual: unknown, expected: unknown): void;
            equal(actual: unknown, expected: unknown): void;
            ok(value: unknown): void;
            throws(fn: () => unknown, expected?: object): void;
            rejects(promise: Promise<unknown>, expected?: object): Promise<void>;
            doesNotThrow(fn: () => unknown): void;
          };
          export default assert;
        }

        """;

    public static string FileName(ComponentContract contract) => $"{contract.ComponentId}.generated.test.ts";

    public static string Generate(ComponentContract contract, string? module = null) => JavaScriptTestGenerator.Generate(contract, typed: true, module);
}

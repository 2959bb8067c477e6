using Pact.Engine.Languages.JavaScript;

namespace Pact.Engine.Languages.TypeScript;

/// <summary>
/// The TypeScript stub: the JavaScript stub with types. Validation is a dependency-free validating class rather than
/// zod schemas: zod is an npm package a project may not have, and a generated stub must compile with nothing but tsc
/// (docs/PACT_KEYS.md explains the choice). Enums are <c>as const</c> objects with a union type of their values.
/// </summary>
public static class TypeScriptStubGenerator
{
    public static string FileName(ComponentContract contract) => $"{contract.ComponentId}.ts";

    public static string Generate(ComponentContract contract) => JavaScriptStubGenerator.Generate(contract, typed: true);
}

using System.Runtime.CompilerServices;

namespace Pact.Schemas;

/// <summary>
/// Loads JsonSchema.Net's dialects and meta-schemas when Pact first needs them, not when the program starts.
/// </summary>
/// <remarks>
/// The library loads them in a module initializer. The JIT runs that when the assembly is first touched, but Native
/// AOT runs every module initializer before Main, so each native command, `pact --version` included, spent half of
/// its start-up building meta-schemas it might never use. The native build stubs that initializer out
/// (JsonSchemaLibrary.substitutions.xml, given to the native compiler by Pact.Cli.csproj), and everything in Pact
/// that builds or evaluates a schema calls <see cref="EnsureLoaded"/> first. This does what the initializer would have
/// done, guarded by the initializer's own flag. The flag is already set wherever the initializer ran (every JIT and
/// ReadyToRun build), so there it does nothing. The members are JsonSchema.Net 8.0.5's, and the package is pinned to
/// 8.0.x: JsonSchemaLibraryTests fails if they are renamed.
/// </remarks>
public static class JsonSchemaLibrary
{
    private const string Initializer = "Json.Schema.__ModuleInitialization, JsonSchema.Net";
    private static readonly Lock Gate = new();
    private static volatile bool loaded;

    public static void EnsureLoaded()
    {
        if (loaded)
        {
            return;
        }

        lock (Gate)
        {
            if (!loaded && Interlocked.Exchange(ref InitializedFlag(null), 1) == 0)
            {
                LoadDialects(null);
                LoadMetaSchemas(null);
            }

            loaded = true;
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.StaticField, Name = "_initialized")]
    private static extern ref int InitializedFlag([UnsafeAccessorType(Initializer)] object? owner);

    [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "LoadDialects")]
    private static extern void LoadDialects([UnsafeAccessorType(Initializer)] object? owner);

    [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "LoadMetaSchemas")]
    private static extern void LoadMetaSchemas([UnsafeAccessorType(Initializer)] object? owner);
}

using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Pact.Schemas;

namespace Pact.Cli.Tests;

/// <summary>
/// The native build stubs JsonSchema.Net's module initializer out (src/Pact.Cli/JsonSchemaLibrary.substitutions.xml)
/// and <see cref="JsonSchemaLibrary"/> does its work on first use through the library's private members. Neither
/// the stub nor the accessors can be seen failing in a JIT test process, where the initializer runs as usual, so
/// these tests pin what both rely on: if a JsonSchema.Net update renamed any of it, the native build would either
/// start slowly again or fail at its first schema.
/// </summary>
public sealed class JsonSchemaLibraryTests
{
    private static readonly Type Initializer = typeof(Json.Schema.JsonSchema).Assembly.GetType("Json.Schema.__ModuleInitialization", throwOnError: false)
        ?? throw new InvalidOperationException("JsonSchema.Net has no Json.Schema.__ModuleInitialization: JsonSchemaLibrary and the substitution need updating");

    [Fact]
    public void TheSubstitution_NamesTheLibrarysModuleInitializer()
    {
        var file = JudgeTools.RepositoryFile("src/Pact.Cli/JsonSchemaLibrary.substitutions.xml") ?? throw new InvalidOperationException("substitution file not found");
        var assembly = XDocument.Load(file).Root!.Element("assembly")!;
        var type = assembly.Element("type")!;
        var method = type.Element("method")!;

        Assert.Equal(typeof(Json.Schema.JsonSchema).Assembly.GetName().Name, (string?)assembly.Attribute("fullname"));
        Assert.Equal(Initializer.FullName, (string?)type.Attribute("fullname"));
        Assert.Equal("System.Void Initialize()", (string?)method.Attribute("signature"));
        var initialize = Initializer.GetMethod("Initialize", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
        Assert.NotNull(initialize);
        Assert.Equal(typeof(void), initialize.ReturnType);
        Assert.NotNull(initialize.GetCustomAttribute<ModuleInitializerAttribute>());
    }

    [Theory]
    [InlineData("LoadDialects")]
    [InlineData("LoadMetaSchemas")]
    public void TheDeferredLoad_CallsMethodsTheLibraryHas(string name)
    {
        var method = Initializer.GetMethod(name, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public, Type.EmptyTypes);
        Assert.NotNull(method);
        Assert.Equal(typeof(void), method.ReturnType);
    }

    [Fact]
    public void TheFlag_IsTheOneTheInitializerSets_AndIsSetOnceLoaded()
    {
        var flag = Initializer.GetField("_initialized", BindingFlags.Static | BindingFlags.NonPublic);
        Assert.NotNull(flag);
        Assert.Equal(typeof(int), flag.FieldType);

        JsonSchemaLibrary.EnsureLoaded();

        Assert.Equal(1, (int)flag.GetValue(null)!);
        // And what the load provides is there: the draft the catalog's schemas are written in.
        Assert.NotNull(Json.Schema.MetaSchemas.Draft202012);
        Assert.NotEmpty(SchemaCatalog.Names);
    }
}

namespace Pact.Core.Tests.Import;

/// <summary>The fixture specs under Fixtures/import/, read as the service would hand them to the readers.</summary>
internal static class ImportFixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures", "import");

    public static string? Text(params string[] parts)
    {
        var path = Path.Combine([Root, .. parts]);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}

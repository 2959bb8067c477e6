namespace Pact.Engine.Judge;

/// <summary>
/// A fresh temporary directory laid out like the project (src/&lt;cid&gt;/, tests/&lt;cid&gt;/) holding copies of the
/// implementations and the locked test file. Deleted on dispose.
/// </summary>
public sealed class Sandbox : IDisposable
{
    public Sandbox(string componentId)
    {
        Root = Path.Combine(Path.GetTempPath(), "pact-judge", $"{componentId}-{Guid.NewGuid().ToString("N")[..12]}");
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(PactDir);
        Directory.CreateDirectory(Home);
        Directory.CreateDirectory(Temp);
    }

    public string Root { get; }

    /// <summary>Pact-owned files (empty runner configs, reports); nothing from the implementation is copied here.</summary>
    public string PactDir => Path.Combine(Root, ".pact");

    public string Home => Path.Combine(PactDir, "home");

    public string Temp => Path.Combine(PactDir, "tmp");

    public string Src(string componentId) => Path.Combine(Root, "src", componentId);

    public string TestDir(string componentId) => Path.Combine(Root, "tests", componentId);

    public string Report(string name) => Path.Combine(PactDir, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed runner's file handle can outlive it briefly; the OS temp cleaner gets it later.
        }
        catch (UnauthorizedAccessException)
        {
            // A test made a file read-only; same as above.
        }
    }
}

using Pact.Import;

namespace Pact.Core.Tests.Import;

/// <summary>OpenSpec: requirements by name with their WHEN/THEN scenarios, one component per capability, project.md's stack and conventions.</summary>
public sealed class OpenSpecReaderTests
{
    private static ImportedSpec Fixture()
    {
        string Spec(string capability) => ImportFixtures.Text("openspec", "tiny-links", "openspec", "specs", capability, "spec.md")!;
        return OpenSpecReader.Read("tiny-links", ImportFixtures.Text("openspec", "tiny-links", "openspec", "project.md"), [("links", Spec("links")), ("stats", Spec("stats"))]);
    }

    [Fact]
    public void Requirements_AreNamed_WithTheirScenarios_UnderTheirCapability()
    {
        var spec = Fixture();

        Assert.Equal("Tiny links", spec.Title);
        Assert.Equal(["Shorten a URL", "Resolve a code", "Count visits"], spec.Requirements.Select(r => r.Id));
        var shorten = spec.Requirements[0];
        Assert.Equal("links", shorten.Group);
        Assert.Equal("The system SHALL return a 6-character code for a valid http or https URL.", shorten.Text);
        Assert.Equal(["Valid URL: WHEN a caller shortens https://example.com/a/long/path; THEN a 6-character code is returned", "Invalid URL: WHEN a caller shortens \"not a url\"; THEN the request is refused with an invalid-URL error"], shorten.Criteria);
        Assert.Equal(4, spec.AcceptanceCriteria.Count);
    }

    [Fact]
    public void EachCapability_IsAComponent()
    {
        var spec = Fixture();

        Assert.Equal(["links", "stats"], spec.Components.Select(c => c.Id));
        Assert.StartsWith("Shortening URLs", spec.Components[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectMd_GivesTheStack_Conventions_AndOpenQuestions()
    {
        var spec = Fixture();

        Assert.Equal(["Python 3.12", "pytest for tests", "SQLite through the standard library's sqlite3"], spec.Stack.Select(s => s.Value));
        Assert.Contains("Code Style: Type hints on every public function.", spec.Conventions);
        Assert.Contains("Important Constraints: No network calls: following a link only resolves it.", spec.Conventions);
        Assert.Equal(["Do codes ever expire?"], spec.Questions);
    }
}

using Pact.Import;

namespace Pact.Core.Tests.Import;

/// <summary>Kiro: numbered requirements with EARS acceptance criteria, components from design.md, tasks.md as the fallback.</summary>
public sealed class KiroReaderTests
{
    private static string? Part(string file) => ImportFixtures.Text("kiro", ".kiro", "specs", "expense-tracker", file);

    [Fact]
    public void Requirements_KeepTheirNumbers_AndTheirEarsCriteria()
    {
        var spec = KiroReader.Read("expense-tracker", Part("requirements.md"), Part("design.md"), Part("tasks.md"));

        Assert.Equal("Expense tracker", spec.Title);
        Assert.Equal(["Requirement 1", "Requirement 2"], spec.Requirements.Select(r => r.Id));
        Assert.Equal("As a household member, I want to record an expense, so that spending is written down.", spec.Requirements[0].Text);
        Assert.Equal("1.2 IF the amount is zero or negative THEN the system SHALL refuse the expense with an error", spec.Requirements[0].Criteria[1]);
        Assert.Equal(5, spec.AcceptanceCriteria.Count);
        Assert.Equal(["Which currencies must be supported?"], spec.Questions);
    }

    [Fact]
    public void Components_AreTheDesignsComponents_AndTheStackItsTechnologySection()
    {
        var spec = KiroReader.Read("expense-tracker", Part("requirements.md"), Part("design.md"), Part("tasks.md"));

        Assert.Equal(["ledger", "monthly_report"], spec.Components.Select(c => c.Id));
        Assert.Equal(["Python 3.12", "pytest"], spec.Stack.Select(s => s.Value));
        Assert.Contains(spec.Conventions, c => c.StartsWith("Error Handling: Invalid expenses raise ValueError", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutADesign_TheTopLevelTasksAreTheComponents()
    {
        var spec = KiroReader.Read("expense-tracker", Part("requirements.md"), null, Part("tasks.md"));

        Assert.Equal(["implement_the_ledger", "implement_the_monthly_report"], spec.Components.Select(c => c.Id));
        Assert.Contains("Store expenses with amount, category and date", spec.Components[0].Description, StringComparison.Ordinal);
    }
}

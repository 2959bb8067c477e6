using Pact.Gates.Decomposition;
using Pact.Diagnostics;
using Pact.Import;

namespace Pact.Core.Tests.Import;

/// <summary>Spec Kit's spec.md, plan.md and tasks.md: FR ids carried, clarification markers as questions, components from the plan's structure.</summary>
public sealed class SpecKitReaderTests
{
    private static ImportedSpec Fixture()
    {
        string? Part(string file) => ImportFixtures.Text("spec-kit", "specs", "001-reading-list", file);
        return SpecKitReader.Read("001-reading-list", Part("spec.md"), Part("plan.md"), Part("tasks.md"));
    }

    [Fact]
    public void Requirements_KeepTheirIds_AndSuccessCriteriaAreAcceptanceCriteria()
    {
        var spec = Fixture();

        Assert.Equal("Reading List", spec.Title);
        Assert.Equal(["FR-001", "FR-002", "FR-003", "FR-004", "FR-005"], spec.Requirements.Select(r => r.Id));
        Assert.Equal("System MUST refuse a book whose title and author are already on the list.", spec.Requirements[1].Text);
        Assert.Contains("SC-001: A reader adds a book in under 10 seconds.", spec.AcceptanceCriteria);
        Assert.Contains(spec.AcceptanceCriteria, c => c.StartsWith("Add a book to the list: Given an empty list", StringComparison.Ordinal));
        Assert.StartsWith("A small Python library", spec.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void UserStories_CarryTheirAcceptanceScenarios()
    {
        var spec = Fixture();

        Assert.Equal(2, spec.Stories.Count);
        Assert.Equal("User Story 1 - Add a book to the list (Priority: P1)", spec.Stories[0].Title);
        Assert.Equal("A reader adds a book by title and author so that it is not forgotten.", spec.Stories[0].Text);
        Assert.Equal(2, spec.Stories[0].Scenarios.Count);
    }

    [Fact]
    public void ClarificationMarkers_OpenQuestions_AndUndecidedStack_AreQuestions()
    {
        var spec = Fixture();

        Assert.Contains("FR-005: storage not chosen - a local file or a database?", spec.Questions);
        Assert.Contains("Should a finished book be able to go back to unread?", spec.Questions);
        Assert.Contains(spec.Questions, q => q.StartsWith("Technical Context: Storage", StringComparison.Ordinal));
        Assert.Equal(["One reader per list; there are no accounts.", "Titles and authors are compared ignoring case."], spec.Assumptions);
        Assert.Equal(2, spec.Ambiguities.Count);
    }

    [Fact]
    public void TheStack_IsThePlansTechnicalContext_WithoutTheUndecided()
    {
        var spec = Fixture();

        Assert.Contains(("Language/Version", "Python 3.12"), spec.Stack);
        Assert.Contains(("Testing", "pytest"), spec.Stack);
        Assert.DoesNotContain(spec.Stack, s => s.Label == "Storage");
    }

    [Fact]
    public void Components_AreTheSourceFoldersOfThePlan_WithTheirTasks()
    {
        var spec = Fixture();

        Assert.Equal(["models", "services", "cli"], spec.Components.Select(c => c.Id));
        Assert.Contains("duplicate detection", spec.Components[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAProjectStructure_TheUserStoryPhasesOfTasksAreTheComponents()
    {
        var tasks = ImportFixtures.Text("spec-kit", "specs", "001-reading-list", "tasks.md");

        var spec = SpecKitReader.Read("001-reading-list", "# Feature Specification: Reading List\n", null, tasks);

        Assert.Equal(["add_a_book_to_the_list", "mark_a_book_as_read"], spec.Components.Select(c => c.Id));
        Assert.All(spec.Components, c => Assert.Matches(Pact.Projects.ComponentIds.PatternText, c.Id));
    }

    [Fact]
    public void AnUnfilledTemplate_GivesNoStackNoQuestions_AndItsCommentsAreNotRead()
    {
        const string plan = """
            # Implementation Plan: [FEATURE]

            ## Summary
            [Extract from the spec]

            ## Technical Context
            **Language/Version**: [e.g., Python 3.11 or NEEDS CLARIFICATION]
            **Performance Goals**: [domain-specific, e.g., 1000 req/s or NEEDS CLARIFICATION]
            **Storage**: [if applicable, e.g., files or N/A]

            ## Assumptions
            <!--
              - remove this line
            -->
            - The reader works offline.
            """;

        var spec = SpecKitReader.Read("003-offline-notes", null, plan, null);

        Assert.Equal("Offline notes", spec.Title);
        Assert.Empty(spec.Stack);
        Assert.Empty(spec.Questions);
        Assert.Equal("", spec.Summary);
        Assert.Equal(["The reader works offline."], spec.Assumptions);
    }

    [Fact]
    public void ARequirementRepeatedUnderEachStory_IsCarriedOnce()
    {
        const string spec = "# Feature Specification: Notes\n\n### User Story 1 - Write\n\n- **FR-001**: System MUST save a note.\n\n### User Story 2 - Read\n\n- **FR-001**: System MUST save a note.\n- **FR-002**: System MUST list notes _(newest first)_.\n";

        var read = SpecKitReader.Read("004-notes", spec, null, null);

        Assert.Equal(["FR-001", "FR-002"], read.Requirements.Select(r => r.Id));
        Assert.Equal("System MUST list notes (newest first).", read.Requirements[1].Text);
    }

    [Fact]
    public void TheDraftTree_PassesTheStructureGates()
    {
        var tree = TreeDraft.From(Fixture());

        Assert.Equal("reading_list", tree.RootId);
        Assert.DoesNotContain(DecompositionGates.Check(tree, ""), d => d.Severity == Severity.Error);
        Assert.Contains("FR-004", tree.Nodes["reading_list"].Description, StringComparison.Ordinal);
    }
}

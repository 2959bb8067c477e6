using Pact.Documents;
using Pact.Engine.Reviews;
using Pact.Reviews;

namespace Pact.Mcp.Tools;

/// <summary>Reviews from the host agent: submitting an Advocate or Simulacrum review, and deciding its findings.</summary>
[McpServerToolType]
public sealed class ReviewTools(ProjectDirectoryResolver directories, ReviewService reviews, ReviewAdjudicationService adjudication)
{
    private const string ProjectDir = "Project directory; default: the client's root";

    [McpServerTool(Name = "pact_review", Title = "Submit a review", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, OutputSchemaType = typeof(CommandResult<ReviewReport>))]
    [Description("Store an Advocate review (findings on the implementation) or a Simulacrum review (its text and the questions it raised), written after the review or simulacrum prompt. Each finding names a file and line that exist, or a contract clause (component id and JSON pointer), with specific evidence and a recommendation; a refused review comes back with the JSON pointer and fix and writes nothing. An Advocate critical/high finding refuses pact_certify until adjudicated. Schema: pact://schema/review.")]
    [PactTool(ToolTier.Standard, Command = ReviewService.SubmitCommand)]
    public async Task<CallToolResult> Review(McpServer server, [Description("The review object")] JsonElement review, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default)
    {
        var directory = await directories.ResolveAsync(server, project_dir, cancellationToken);
        return ToolResults.From(await reviews.SubmitAsync(directory, DocumentParser.Argument(nameof(review), review), cancellationToken), PactJson.Context.CommandResultReviewReport);
    }

    [McpServerTool(Name = "pact_review_adjudicate", Title = "Decide a review finding (audit side when there is an auditor, logged)", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, OutputSchemaType = typeof(CommandResult<ReviewAdjudicationReport>))]
    [Description("Decide one finding or question of a stored review: fixed (Pact checks the named file changed since the review, or a target suite gained a test), accepted_risk with a specific reason, or answered (a Simulacrum question, the answer as reason). Logged; with an auditor it is audit-side and goes to the judge's ledger.")]
    [PactTool(ToolTier.Standard, McpRole.Solo | McpRole.Audit, Command = ReviewAdjudicationService.Command)]
    public async Task<CallToolResult> Adjudicate(McpServer server, [Description("The review id pact_review returned")] string review_id, [Description("The finding's or question's id (F1, Q1, …)")] string item, [Description("fixed, accepted_risk or answered")] string decision, [Description("What was done, why the risk is acceptable, or the answer (logged)")] string reason, [Description(ProjectDir)] string? project_dir = null, CancellationToken cancellationToken = default) =>
        ToolResults.From(await adjudication.AdjudicateAsync(await directories.ResolveAsync(server, project_dir, cancellationToken), review_id, item, decision, reason, cancellationToken), PactJson.Context.CommandResultReviewAdjudicationReport);
}

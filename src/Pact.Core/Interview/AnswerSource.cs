namespace Pact.Interview;

/// <summary>Where an interview answer came from: its provenance.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<AnswerSource>))]
public enum AnswerSource
{
    UserInteractive,
    AutoAssumption,
    IntegrationSlack,
    IntegrationLinear,
    CliApprove,
    McpElicitation,
    AgentRelayed,
}

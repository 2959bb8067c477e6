namespace Pact.Documents;

public enum DocumentFormat
{
    Json,
    Yaml,
}

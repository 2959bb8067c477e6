namespace Pact.Engine.Judge.Runners;

public enum ReportFormat
{
    JUnit,
    Trx,
}

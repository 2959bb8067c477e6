using Pact.Engine.Judge;

namespace Pact.Cli.Commands;

internal static class DoctorCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string?>("dir") { Description = "A project, whose pact.yaml says whether isolation is required (optional)", Arity = ArgumentArity.ZeroOrOne };
        return context.Verb<DoctorService, DoctorReport>("doctor", "What this machine gives the judge: the isolation level test runs get, the languages Pact knows and the runtimes found", [dir],
            (service, parse, cancellationToken) => service.CheckAsync(parse.GetValue(dir), cancellationToken), static () => PactJson.Context.CommandResultDoctorReport, Print);
    }

    private static void Print(DoctorReport report, TextWriter output)
    {
        var isolation = report.Isolation;
        output.WriteLine($"Isolation {Snake(isolation.Level)}{(isolation.Requirement is { } r ? $" (this project: {r.ToString().ToLowerInvariant()})" : "")}");
        foreach (var check in isolation.Checks)
        {
            output.WriteLine($"  {(check.Available ? "yes" : "no "),-3} {Snake(check.Level),-18} {check.Detail}");
        }

        output.WriteLine("Languages");
        foreach (var language in report.Languages)
        {
            output.WriteLine($"  {language.Id.Id,-11} {language.Name,-11} needs {string.Join(", ", language.Tools)}");
        }

        output.WriteLine("Runtimes");
        foreach (var tool in report.Tools)
        {
            output.WriteLine(tool.Problem is null
                ? $"  {tool.Name,-7} {tool.Version} at {tool.Path} (from {tool.Source})"
                : $"  {tool.Name,-7} missing: {tool.Problem}\n          to fix: {tool.Install}");
        }
    }

    private static string Snake(IsolationLevel level) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(level.ToString());
}

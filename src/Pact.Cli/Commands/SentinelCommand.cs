using Pact.Engine.Sentinel;

namespace Pact.Cli.Commands;

internal static class SentinelCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("sentinel", "Production attribution: the PACT keys of the implementation");
        var dir = CliContext.ProjectArgument();
        var list = new Command("list-keys", "Scan src/ for literal PACT keys and compare them with the contracts' functions") { dir, CliContext.JsonOption };
        list.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<SentinelService>().ListKeysAsync(parse.GetValue(dir)!, cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), static () => PactJson.Context.CommandResultSentinelKeysReport, (report, output) =>
            {
                foreach (var key in report.Found)
                {
                    output.WriteLine($"{key.Key,-48} {key.File}:{key.Line}");
                }
                output.WriteLine($"{report.Found.Count} keys in src/; {report.Expected.Count - report.Missing.Count} of {report.Expected.Count} contracted functions carry theirs.");
                foreach (var missing in report.Missing)
                {
                    output.WriteLine($"  missing: {missing}");
                }
                foreach (var unknown in report.Unknown)
                {
                    output.WriteLine($"  no such contracted function: {unknown}");
                }
            });
        });
        command.Subcommands.Add(list);
        return command;
    }
}

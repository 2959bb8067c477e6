using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pact.Engine.Judge;
using Pact.Serialization;

namespace Pact.Cli.Commands;

internal static class CertifyCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "The project directory" };
        var verify = new Option<bool>("--verify") { Description = "Check an existing certificate: signature, and every file's digest" };
        var allowUnisolated = new Option<bool>("--allow-unisolated") { Description = "Sign even if suites ran without isolation (the certificate records it)" };
        var command = new Command("certify", "Run every visible and hidden suite and write a signed in-toto certificate (or verify one)") { dir, verify, allowUnisolated, CliContext.JsonOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var service = context.Services.GetRequiredService<CertificationService>();
            var result = parse.GetValue(verify)
                ? await service.VerifyAsync(parse.GetValue(dir)!, cancellationToken)
                : await service.CertifyAsync(parse.GetValue(dir)!, parse.GetValue(allowUnisolated), cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), PactJson.Context.CommandResultCertifyReport, (report, output) =>
            {
                if (parse.GetValue(verify))
                {
                    output.WriteLine(report.Verified ? $"Verified: {report.Certificate} covers {report.Subjects} files, all unchanged; signed by key {report.KeyId}." : "NOT verified.");
                    foreach (var change in report.Changed)
                    {
                        output.WriteLine($"  {change}");
                    }

                    return;
                }

                JudgeOutput.Runs(report.Runs, output);
                output.WriteLine(report.Certified ? $"Certified: {report.Certificate} ({report.Subjects} files), key {report.KeyId}." : "Not certified.");
            });
        });
        return command;
    }
}

using Pact.Engine.Judge.Authority;
using Pact.Engine.Judge.Certification;

namespace Pact.Cli.Commands;

internal static class CertifyCommand
{
    public static Command Create(CliContext context)
    {
        var dir = CliContext.ProjectArgument();
        var verify = new Option<bool>("--verify") { Description = "Check an existing certificate: signature, and every file's digest" };
        var allowUnisolated = new Option<bool>("--allow-unisolated") { Description = "Sign even if suites ran without isolation (the certificate records it)" };
        var key = new Option<string?>("--key") { Description = "With --verify: the PEM public key to verify with (the audit directory's keys/signing_key.pub.pem, kept outside the project)" };
        var keyId = new Option<string?>("--keyid") { Description = "With --verify: the id of a key in the trust store (~/.config/pact/trusted_keys/*.pem, $PACT_HOME/trusted_keys, PACT_TRUSTED_KEYS)" };
        var allowUnpinned = new Option<bool>("--allow-unpinned") { Description = "With --verify: accept a verify with no pinned key even where CI=true" };
        var command = new Command("certify", "Run every visible and hidden suite and write a signed in-toto certificate (or verify one)") { dir, verify, key, keyId, allowUnpinned, allowUnisolated, CliContext.JsonOption, CliRunOptions.ProgressOption, CliRunOptions.TimeoutOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(verify) && JudgeClient.FromEnvironment() is null && await SeparateUserMode.LocalRefusalAsync(context, parse.GetValue(dir)!, cancellationToken) is { } refusal)
            {
                await context.Error.WriteLineAsync(refusal);
                return ExitCodes.Failed;
            }

            if (!parse.GetValue(verify) && JudgeClient.FromEnvironment() is not null && CliRunOptions.RemoteRefusal(parse) is { } dropped)
            {
                await context.Error.WriteLineAsync(dropped);
                return ExitCodes.Usage;
            }

            var service = context.Services.GetRequiredService<CertificationService>();
            var result = parse.GetValue(verify)
                ? await service.VerifyAsync(parse.GetValue(dir)!, VerifyOptions.FromProcess(parse.GetValue(key), parse.GetValue(keyId), parse.GetValue(allowUnpinned)), cancellationToken)
                : JudgeClient.FromEnvironment() is { } judge
                    ? await judge.CallAsync(CertificationService.Command, "pact_certify", JudgeArguments.For(parse.GetValue(dir)!), PactJson.Context.CommandResultCertifyReport, cancellationToken)
                    : await service.CertifyAsync(parse.GetValue(dir)!, parse.GetValue(allowUnisolated), CliRunOptions.Options(context, parse), cancellationToken);
            return context.Render(result, parse.GetValue(CliContext.JsonOption), static () => PactJson.Context.CommandResultCertifyReport, (report, output) =>
            {
                if (parse.GetValue(verify))
                {
                    output.WriteLine(report.Verified ? $"Verified: {report.Certificate} covers {report.Subjects} files, all unchanged; signed by key {report.KeyId}." : "NOT verified.");
                    if (report.Verified)
                    {
                        output.WriteLine(report.Pinned ? $"  pinned: {report.TrustedKey}" : $"  UNPINNED ({report.TrustedKey}): this proves only that whoever controls pact.yaml signed it; pin with --key or --keyid");
                    }

                    foreach (var change in report.Changed)
                    {
                        output.WriteLine($"  {change}");
                    }

                    foreach (var change in report.AuthorityHistory)
                    {
                        output.WriteLine($"  {AuthorityRecords.Describe(change)}");
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

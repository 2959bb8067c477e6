using Pact.Leases;

namespace Pact.Cli.Commands;

/// <summary><c>pact claim [dir] CID --holder H [--ttl 30m]</c> and <c>pact release [dir] CID --holder H</c>: a worker's lease on a component.</summary>
internal static class ClaimCommand
{
    public static Command Claim(CliContext context)
    {
        var (dir, component, holder) = Arguments();
        var ttl = new Option<string?>("--ttl") { Description = "How long the claim lasts: 45m, 2h (default 30m, at most 24h); claiming again renews it" };
        return context.Verb<LeaseService, LeaseReport>("claim", "Claim a component for one worker, so parallel workers do not take the same one (refused while another's claim is in force)", [dir, component, holder, ttl],
            (service, parse, cancellationToken) => service.ClaimAsync(parse.GetValue(dir)!, parse.GetValue(component)!, parse.GetValue(holder)!, parse.GetValue(ttl), cancellationToken),
            static () => PactJson.Context.CommandResultLeaseReport, Print);
    }

    public static Command Release(CliContext context)
    {
        var (dir, component, holder) = Arguments();
        return context.Verb<LeaseService, LeaseReport>("release", "Give a claimed component back (only its holder can)", [dir, component, holder],
            (service, parse, cancellationToken) => service.ReleaseAsync(parse.GetValue(dir)!, parse.GetValue(component)!, parse.GetValue(holder)!, cancellationToken),
            static () => PactJson.Context.CommandResultLeaseReport, Print);
    }

    private static (Argument<string> Dir, Argument<string> Component, Option<string> Holder) Arguments() =>
        (CliContext.ProjectDirArgument(),
         CliContext.ComponentArgument<string>("The component to claim or give back", ArgumentArity.ExactlyOne),
         new Option<string>("--holder") { Description = "Who holds the claim: the worker's name (e.g. subagent-2)", Required = true });

    private static void Print(LeaseReport report, TextWriter output)
    {
        if (report.Lease is { } lease)
        {
            output.WriteLine(report.Released ? $"{lease.ComponentId} released by {lease.Holder}" : $"{lease.ComponentId} {(report.Renewed ? "renewed" : "claimed")} by {lease.Holder} until {lease.ExpiresAt}");
        }
        foreach (var other in report.Leases.Where(l => l != report.Lease))
        {
            output.WriteLine($"  {other.ComponentId,-20} claimed by {other.Holder} until {other.ExpiresAt}");
        }
    }
}

using Pact.Cli.Commands;
using System.CommandLine.Parsing;
using System.Reflection;
using Pact.Engine;
using Pact.Engine.Judge;
using Pact.Engine.Judge.Authority;

namespace Pact.Cli;

/// <summary>The <c>pact</c> command line. <see cref="RunAsync"/> is the whole program, callable in-process by tests.</summary>
public static class PactCli
{
    /// <summary>
    /// Who is acting (solo, code or audit), on every command; default: <c>PACT_ROLE</c>, else solo. The code role is
    /// refused every audit-side command; <c>pact mcp</c> serves this role's tools.
    /// </summary>
    public static readonly Option<string?> RoleOption = new("--role") { Description = "Who is acting: solo (everything), code (the implementer: no audit-side command), audit (the auditor); default: PACT_ROLE, else solo", Recursive = true };

    static PactCli() => RoleOption.AcceptOnlyFromAmong("solo", "code", "audit");

    /// <summary>
    /// The top-level verbs in help order, each with the names it answers to and how to make it. The names are here so
    /// a command line naming one verb builds only that one (CliShapeTests checks them against what each makes).
    /// </summary>
    internal static IReadOnlyList<(string[] Names, Func<CliContext, Command> Create)> Verbs { get; } =
    [
        (["init"], InitCommand.Create),
        (["status"], StatusCommand.Create),
        (["components"], ComponentsCommand.Create),
        (["log"], LogCommand.Create),
        (["claim"], ClaimCommand.Claim),
        (["release"], ClaimCommand.Release),
        (["spec"], SpecCommand.Create),
        (["production"], ProductionCommand.Create),
        (["schema"], SchemaCommand.Create),
        (["decompose"], DecomposeCommand.Create),
        (["interview"], InterviewCommand.Create),
        (["approve"], ApproveCommand.Create),
        (["shape"], ShapeCommand.Create),
        (["contract"], ContractCommand.Create),
        (["validate"], ValidateCommand.Create),
        (["handoff"], HandoffCommand.Create),
        (["stub"], StubCommand.Create),
        (["tests"], context => TestsCommand.Create(context, Pact.Judge.SuiteKind.Visible)),
        (["test"], TestCommand.Create),
        (["freeze"], FreezeCommand.Create),
        (["unfreeze"], UnfreezeCommand.Create),
        (["adjudicate"], AdjudicateCommand.Create),
        (["sync"], SyncCommand.Create),
        (["audit-init"], AuditInitCommand.Create),
        (["authority"], AuthorityCommand.Create),
        (["doctor"], DoctorCommand.Create),
        (["goodhart"], context => TestsCommand.Create(context, Pact.Judge.SuiteKind.Hidden)),
        (["polish"], PolishCommand.Create),
        (["review"], ReviewCommand.Create),
        (["run"], RunCommand.Create),
        (["daemon"], DaemonCommand.Daemon),
        (["monitor"], DaemonCommand.Monitor),
        (["build"], RunCommand.Build),
        (["resume"], RunCommand.Resume),
        (["diagnose"], DiagnoseCommand.Create),
        (["certify"], CertifyCommand.Create),
        (["sentinel"], SentinelCommand.Create),
        (["analyze"], AnalyzeCommand.Create),
        (["assess"], AssessCommand.Create),
        (["adopt"], AdoptCommand.Create),
        (["import"], ImportCommand.Create),
        (["checklist"], ChecklistCommand.Create),
        (["tasks"], TasksCommand.Create),
        (["health"], HealthCommand.Create),
        (["export-tasks"], ExportTasksCommand.Create),
        (["hook"], context => HookCommand.Create(context, context.Input)),
        (["mcp", "mcp-server"], _ => McpCommand.Create()),
        (["completion"], CompletionCommand.Create),
    ];

    /// <summary>The whole command tree.</summary>
    public static RootCommand Build(CliContext context) => Build(context, Verbs);

    /// <summary>
    /// The tree for one command line. When its first word names a verb, only that verb is built: a verb parses the same
    /// whatever its siblings are, and building all 48 (their options, arguments and validators) took a ReadyToRun
    /// command about 10 ms.
    /// Anything else (help, an option first, a typo to suggest a verb for, a completion request) gets the whole tree.
    /// </summary>
    public static RootCommand Build(CliContext context, string[] args) =>
        args is [var first, ..] && Verbs.FirstOrDefault(v => v.Names.Contains(first, StringComparer.Ordinal)) is { Create: not null } verb
            ? Build(context, [verb])
            : Build(context);

    private static RootCommand Build(CliContext context, IEnumerable<(string[] Names, Func<CliContext, Command> Create)> verbs)
    {
        var root = new RootCommand("Pact: contracts before code, tests as law, agents that can't cheat.") { RoleOption };
        foreach (var (_, create) in verbs)
        {
            root.Subcommands.Add(create(context));
        }

        CommandExamples.Apply(root);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IServiceProvider? services = null, CancellationToken cancellationToken = default, TextReader? input = null)
    {
        // `pact --version` is what scripts and installers call to see that pact is there: it needs none of the
        // services or the command tree, so it is answered before either is built (the same text System.CommandLine
        // would print, the assembly's informational version).
        if (args is ["--version"])
        {
            output.WriteLine(typeof(PactCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0");
            return ExitCodes.Ok;
        }

        await using var owned = services is null ? new ServiceCollection().AddPact().BuildServiceProvider(validateScopes: true) : null;
        var context = new CliContext(services ?? owned!, output, error, input ?? TextReader.Null);
        // A bare `pact` is someone finding out what it does: the help, not an error.
        args = args.Length == 0 ? ["--help"] : args;
        var parse = Build(context, args).Parse(args);
        if (parse.Errors.Count > 0 && !CommandExamples.IsHelp(parse))
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error [usage]: {problem.Message}");
            }

            foreach (var hint in UsageHints.For(parse))
            {
                error.WriteLine(hint);
            }

            error.WriteLine("Run `pact --help` (or `pact <command> --help`) for usage.");
            return ExitCodes.Usage;
        }

        // The one place exceptions become exit codes: expected failures are results, so what arrives here is a
        // disk fault or a bug.
        try
        {
            var role = ActingRole.Resolve(parse.GetValue(RoleOption), Environment.GetEnvironmentVariable(ActingRole.Variable), Environment.GetEnvironmentVariable(JudgeClient.TargetVariable), out var badRole);
            if (role is null)
            {
                error.WriteLine($"error [usage]: {badRole!.Message} (fix: {badRole.Fix})");
                return ExitCodes.Usage;
            }

            if (await RefusalAsync(context, parse, role, cancellationToken) is var (operation, refusal))
            {
                error.WriteLine(refusal.ToString());
                error.WriteLine($"pact {operation.Command}: refused; nothing was changed.");
                return ExitCodes.Failed;
            }

            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Pact.Engine.Storage.UnsafePathException e)
        {
            // A write refused before anything was staged: an input problem, reported like any other refused request
            // (the envelope carries no data, so any result type writes it the same way).
            var refused = CommandResults.Fail<FreezeReport>(CommandOf(parse), Outcome.Invalid, e.Diagnostic);
            return context.Render(refused, parse.GetResult(CliContext.JsonOption) is { Implicit: false }, static () => PactJson.Context.CommandResultFreezeReport, (_, _) => { });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error [io]: {e.Message} (fix: check the path's permissions and free disk space)");
            return ExitCodes.IoError;
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C (or SIGTERM): the run's token was cancelled, ProcessRunner killed the runners' process groups, and
            // every write is staged and renamed, so nothing is half-written. One line, the shell's code for SIGINT.
            error.WriteLine($"pact {CommandOf(parse)}: interrupted; the runs were stopped and nothing was half-written.");
            return ExitCodes.Interrupted;
        }
        catch (Exception e)
        {
            error.WriteLine($"error [internal]: {e.GetType().Name}: {e.Message}");
            error.WriteLine("This is a bug in Pact; please report it with the command that caused it.");
            return ExitCodes.Internal;
        }
    }

    /// <summary>
    /// The audit authority's decision on the parsed command (<see cref="AuditAuthority"/>), before it runs: null when it
    /// is not audit-side or may run. Its project is its first argument; one that does not open is left to the command
    /// to report.
    /// </summary>
    private static async Task<(AuditOperation Operation, Pact.Diagnostics.Diagnostic Refusal)?> RefusalAsync(CliContext context, ParseResult parse, ActingRole role, CancellationToken cancellationToken)
    {
        if (AuditOperations.ForCommand(CommandOf(parse)) is not { } operation)
        {
            return null;
        }

        JudgeLayout? judge = null;
        if (!operation.CreatesAuthority && parse.CommandResult.Command.Arguments.FirstOrDefault() is Argument<string> first && parse.GetValue(first) is { } directory)
        {
            var (project, _, _) = await context.Services.GetRequiredService<Pact.Engine.Projects.ProjectStore>().OpenAsync(directory, cancellationToken);
            judge = project is null ? null : new JudgeLayout(project.Layout, project.Config);
        }

        return AuditAuthority.Check(operation, role, judge) is { } refusal ? (operation, refusal) : null;
    }

    /// <summary>The verb as typed, without the arguments: <c>spec apply</c>, the name its results carry.</summary>
    private static string CommandOf(ParseResult parse)
    {
        var words = new List<string>();
        for (SymbolResult? at = parse.CommandResult; at is CommandResult { Parent: not null } command; at = command.Parent)
        {
            words.Insert(0, command.Command.Name);
        }

        return string.Join(' ', words);
    }
}

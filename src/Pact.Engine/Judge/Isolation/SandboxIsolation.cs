namespace Pact.Engine.Judge.Isolation;

/// <summary>
/// The isolation seam. <see cref="ProbeAsync"/> finds the strongest confinement that works here (it starts a real
/// bubblewrap sandbox and checks who the code runs as), <see cref="Confine"/> applies it to one sandbox. Nothing is
/// silent: the level goes into every run result, and a project that requires isolation gets refusals, not
/// unconfined runs, where none works.
/// </summary>
public sealed class SandboxIsolation(ProcessRunner processes, Toolchain.Toolchain toolchain)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(15);

    public async Task<IsolationChoice> ProbeAsync(IsolationRequirement? requirement, CancellationToken cancellationToken)
    {
        var checks = new List<IsolationCheck>();
        var bwrap = toolchain.Bwrap;
        (bool Proc, bool DisableUserNamespaces)? works = null;
        if (bwrap is null)
        {
            const string missing = "bubblewrap not found: install it (Debian/Ubuntu: apt-get install bubblewrap) or set PACT_BWRAP to its path";
            checks.Add(new IsolationCheck { Level = IsolationLevel.Bwrap, Available = false, Detail = missing });
            checks.Add(new IsolationCheck { Level = IsolationLevel.BwrapNoProc, Available = false, Detail = missing });
        }
        else
        {
            foreach (var proc in new[] { true, false })
            {
                var level = proc ? IsolationLevel.Bwrap : IsolationLevel.BwrapNoProc;
                string? failure = null;
                foreach (var disableUserNamespaces in new[] { true, false })
                {
                    failure = await TryAsync(bwrap, proc, disableUserNamespaces, cancellationToken);
                    if (failure is null)
                    {
                        works = (proc, disableUserNamespaces);
                        break;
                    }
                }

                checks.Add(new IsolationCheck { Level = level, Available = failure is null, Detail = failure ?? $"{bwrap}, everything unshared, uid {InsidePaths.Uid}" + (proc ? ", own /proc" : ", no /proc") });
                if (failure is null)
                {
                    break;
                }
            }
        }

        checks.Add(new IsolationCheck { Level = IsolationLevel.LandlockUidDrop, Available = false, Detail = "designed (docs/THREAT_MODEL.md), not built" });
        checks.Add(new IsolationCheck { Level = IsolationLevel.UidDrop, Available = false, Detail = "designed (docs/THREAT_MODEL.md), not built" });
        checks.Add(new IsolationCheck { Level = IsolationLevel.None, Available = true, Detail = "the code under test can read and write whatever this OS user can" });
        var found = works is null ? IsolationLevel.None : works.Value.Proc ? IsolationLevel.Bwrap : IsolationLevel.BwrapNoProc;
        var report = new IsolationReport
        {
            Level = found,
            Requirement = requirement,
            CanRun = found.IsIsolated() || requirement != IsolationRequirement.Required,
            Bwrap = bwrap,
            Checks = checks,
        };
        return new IsolationChoice
        {
            Report = report,
            Bwrap = works is null ? null : bwrap,
            Proc = works?.Proc ?? false,
            DisableUserNamespaces = works?.DisableUserNamespaces ?? false,
        };
    }

    /// <summary>
    /// Confines one run as <paramref name="choice"/> says: under bubblewrap the sandbox's inside paths become an
    /// ordinary developer layout, <paramref name="readOnly"/> are the runtimes shown, <paramref name="masked"/> the
    /// places hidden even when a runtime directory contains them, <paramref name="sources"/> the sources bound into the
    /// work tree.
    /// </summary>
    public static Confinement Confine(IsolationChoice choice, Sandbox sandbox, IReadOnlyList<string> readOnly, IReadOnlyList<string> masked, IReadOnlyList<SourceMount>? sources = null)
    {
        if (choice.Bwrap is null || !choice.Level.IsIsolated())
        {
            return Confinement.Unconfined(sandbox);
        }

        sandbox.Inside = InsidePaths.For();
        return new Confinement
        {
            Level = choice.Level,
            Sandbox = sandbox,
            Bwrap = choice.Bwrap,
            Proc = choice.Proc,
            DisableUserNamespaces = choice.DisableUserNamespaces,
            ReadOnly = readOnly,
            Masked = masked,
            Sources = sources ?? [],
        };
    }

    /// <summary>Starts a real sandbox and asks it who it runs as; null when it worked, else why not.</summary>
    private async Task<string?> TryAsync(string bwrap, bool proc, bool disableUserNamespaces, CancellationToken cancellationToken)
    {
        var (sandbox, problem) = Sandbox.Create("probe");
        if (sandbox is null)
        {
            return problem;
        }

        using (sandbox)
        {
            sandbox.Inside = InsidePaths.For();
            var confinement = new Confinement
            {
                Level = proc ? IsolationLevel.Bwrap : IsolationLevel.BwrapNoProc,
                Sandbox = sandbox,
                Bwrap = bwrap,
                Proc = proc,
                DisableUserNamespaces = disableUserNamespaces,
            };
            var outcome = await processes.RunAsync(new ProcessSpec
            {
                FileName = "/usr/bin/id",
                Arguments = ["-u"],
                WorkingDirectory = sandbox.Inside.Root,
                Environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["PATH"] = "/usr/bin:/bin" },
                Timeout = ProbeTimeout,
                Confinement = confinement,
            }, cancellationToken);
            var uid = outcome.Stdout.Trim();
            if (outcome.StartError is not null)
            {
                return outcome.StartError;
            }

            if (outcome.ExitCode != 0 || uid != InsidePaths.Uid.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                var why = (outcome.Stderr + outcome.Stdout).Trim();
                return $"{bwrap} failed (exit code {outcome.ExitCode}): {(why.Length > 300 ? why[..300] + "…" : why)}";
            }

            return null;
        }
    }
}

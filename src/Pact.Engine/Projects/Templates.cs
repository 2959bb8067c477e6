namespace Pact.Engine.Projects;

/// <summary>The starting text of the files <c>pact init</c> writes when no spec supplies them.</summary>
public static class Templates
{
    public const string Task = """
        # Task

        Describe what to build here: who uses it, what it must do, and what "done" means.

        ## Context

        Constraints, existing systems, and anything the builder must not change.

        """;

    public static string Sops(ILanguage language) => $"""
        # Standard operating procedures

        ## Tech stack

        {language.StackLine}

        ## Standards

        - Contracts before code: every component has a contract and tests before it is implemented.
        - Tests are law: a locked test is never edited to make code pass; the code changes instead.
        - Keep files under 300 lines.

        ## Verification

        - `pact validate` passes with no errors.
        - `pact test` is green for every component; `pact certify` produces a verified certificate.

        """;

    /// <summary>The first line of Pact's AGENTS.md section; its presence means the section is already there.</summary>
    public const string AgentsMarker = "<!-- pact: project instructions for coding agents (written by pact init; edit freely) -->";

    /// <summary>
    /// Codex, and other agents that read AGENTS.md, learn from it that this is a Pact project before they touch it;
    /// Claude Code gets the same from the plugin's skill.
    /// </summary>
    public const string Agents = $"""
        {AgentsMarker}
        ## Pact

        This directory is a Pact project (see `pact.yaml`): contracts before code, tests as law.

        - Use the `pact-engineer` skill and the `pact` MCP tools (or the `pact` CLI). Call `pact_status` first: its
          `next` names the step to take and why.
        - Submit artifacts through Pact (`pact_decompose`, `pact_contract`, `pact_tests`); it checks them before it
          stores them. A refusal lists rule, pointer and fix: correct what the pointer names and resubmit.
        - Implement under `src/<component>/` and run `pact_test` until it is green. Files under `tests/<component>/`
          are views of locked suites: editing them changes nothing and is logged as tampering.
        - Hidden tests are written by a separate auditor and never shown; `pact_polish` gives their verdict as hints.
          Make the code general; never special-case the inputs a hint mentions.

        """;

    public const string GitIgnore = """
        # Pact run state (locks, audit log, caches): local to each machine.
        .pact/

        """;
}

namespace Pact.Cli.Commands;

/// <summary>
/// <c>pact completion bash|zsh|fish</c>: a script the shell sources to complete pact's verbs, options and arguments.
/// Each script asks pact itself through System.CommandLine's <c>[suggest:N]</c> directive, so completions always
/// match the installed version and nothing is generated ahead of time.
/// </summary>
internal static class CompletionCommand
{
    private const string Bash = """
        # pact completion for bash: source it, e.g. from ~/.bashrc:  source <(pact completion bash)
        _pact_complete() {
          local line="${COMP_LINE#"${COMP_WORDS[0]}"}"
          line="${line# }"
          local point=$(( COMP_POINT - (${#COMP_LINE} - ${#line}) ))
          local IFS=$'\n'
          COMPREPLY=( $(compgen -W "$("${COMP_WORDS[0]}" "[suggest:${point}]" "${line}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}") )
        }
        complete -o default -F _pact_complete pact

        """;

    private const string Zsh = """
        #compdef pact
        # pact completion for zsh: source it, e.g. from ~/.zshrc:  source <(pact completion zsh)
        _pact() {
          local line="${BUFFER#${words[1]}}"
          line="${line# }"
          local point=$(( CURSOR - (${#BUFFER} - ${#line}) ))
          local -a items
          items=("${(@f)$(${words[1]} "[suggest:${point}]" "${line}" 2>/dev/null)}")
          compadd -- ${(M)items:#${PREFIX}*}
        }
        compdef _pact pact

        """;

    private const string Fish = """
        # pact completion for fish: pact completion fish > ~/.config/fish/completions/pact.fish
        function __pact_suggest
            set -l line (string replace -r '^\S+\s*' '' -- (commandline -cp))
            pact "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null
        end
        complete -c pact -f -a '(__pact_suggest)'

        """;

    public static Command Create(CliContext context)
    {
        var shell = new Argument<string>("shell") { Description = "The shell: bash, zsh or fish" };
        shell.AcceptOnlyFromAmong("bash", "zsh", "fish");
        var command = new Command("completion", "Print a shell completion script (bash, zsh or fish) to source") { shell };
        command.SetAction(parse =>
        {
            context.Output.Write(parse.GetValue(shell) switch
            {
                "bash" => Bash,
                "zsh" => Zsh,
                _ => Fish,
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}

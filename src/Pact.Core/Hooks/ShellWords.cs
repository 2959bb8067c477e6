using System.Text;

namespace Pact.Hooks;

/// <summary>
/// A deliberately simple reading of a shell string into simple commands and words: quotes are removed the way the
/// shell removes them (so <c>"../x-"'audit'</c> is one word), operators split commands, and output redirections are
/// noted. Nothing is expanded: a word is what the shell would see before expansion, which is why the guard resolves
/// and globs the words itself. It is an over-approximation for a filter, not a shell: a path computed at run time
/// (decoded, concatenated from variables) is invisible to it, and the docs say so.
/// </summary>
public static class ShellWords
{
    public static IReadOnlyList<ShellCommand> Parse(string command)
    {
        var commands = new List<ShellCommand>();
        var words = new List<string>();
        var outputs = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var redirect = Redirect.None;

        void EndWord()
        {
            if (!inWord)
            {
                return;
            }

            var text = word.ToString();
            switch (redirect)
            {
                case Redirect.Output when !text.StartsWith('&') && !text.All(char.IsAsciiDigit) && text != "-":
                    outputs.Add(text);
                    break;
                case Redirect.None:
                    words.Add(text);
                    break;
            }

            // An input redirection's file is read, so it stays a word the guard looks at.
            if (redirect == Redirect.Input)
            {
                words.Add(text);
            }

            redirect = Redirect.None;
            word.Clear();
            inWord = false;
        }

        void EndCommand()
        {
            EndWord();
            if (words.Count > 0 || outputs.Count > 0)
            {
                commands.Add(new ShellCommand([.. words], [.. outputs]));
            }

            words.Clear();
            outputs.Clear();
        }

        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            switch (c)
            {
                case '\\' when i + 1 < command.Length:
                    word.Append(command[++i]);
                    inWord = true;
                    break;
                case '\'':
                    var close = command.IndexOf('\'', i + 1);
                    close = close < 0 ? command.Length : close;
                    word.Append(command, i + 1, close - i - 1);
                    inWord = true;
                    i = close;
                    break;
                case '"':
                    i = DoubleQuoted(command, i + 1, word);
                    inWord = true;
                    break;
                case ' ' or '\t':
                    EndWord();
                    break;
                case '\n' or '\r' or ';' or '&' or '|' or '(' or ')' or '`' or '{' or '}':
                    EndCommand();
                    break;
                case '$' when i + 1 < command.Length && command[i + 1] == '(':
                    EndCommand();
                    i++;
                    break;
                case '>' or '<':
                    // A word made only of digits right before the operator is a file descriptor (2>), not a file.
                    if (inWord && word.ToString().All(char.IsAsciiDigit))
                    {
                        word.Clear();
                        inWord = false;
                    }

                    EndWord();
                    var output = c == '>' || (i + 1 < command.Length && command[i + 1] == '>');
                    while (i + 1 < command.Length && command[i + 1] is '>' or '<' or '|' or '&')
                    {
                        i++;
                    }

                    redirect = output ? Redirect.Output : Redirect.Input;
                    break;
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }

        EndCommand();
        return commands;
    }

    /// <summary>Appends a double-quoted string's content (backslash escapes only <c>"</c>, <c>\</c>, <c>$</c>, <c>`</c>) and returns the closing quote's index.</summary>
    private static int DoubleQuoted(string command, int start, StringBuilder word)
    {
        var i = start;
        for (; i < command.Length && command[i] != '"'; i++)
        {
            if (command[i] == '\\' && i + 1 < command.Length && command[i + 1] is '"' or '\\' or '$' or '`')
            {
                i++;
            }

            word.Append(command[i]);
        }

        return i;
    }

    private enum Redirect
    {
        None,
        Output,
        Input,
    }
}

namespace Chronicle.Cli;

using Spectre.Console;

/// <summary>
/// The CLI's output: standard out for results (JSON with --json), standard error for problems,
/// and a Spectre console for tables and progress bars when a person is watching.
/// </summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool outputRedirected, TextReader? input = null)
    {
        Output = output;
        Error = error;
        Input = input ?? TextReader.Null;
        IsInteractive = !outputRedirected;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = outputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = outputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = outputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Standard input, for secrets a command must not take on its command line (--password-stdin).</summary>
    public TextReader Input { get; }

    public IAnsiConsole Ansi { get; }

    /// <summary>True on a terminal: progress bars and colour. False when piped: plain lines.</summary>
    public bool IsInteractive { get; }
}

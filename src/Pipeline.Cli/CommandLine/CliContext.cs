using Spectre.Console;

namespace Pipeline.Cli.CommandLine;

/// <summary>How much a command says: <c>-q</c> only errors and the final result, <c>-v</c> every detail.</summary>
internal enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}

/// <summary>
/// Where one invocation writes and how much: the parser's output and error writers (the process's own
/// unless a test gives others), a Spectre console over the output for tables and colour, and the
/// verbosity from <c>-q</c>/<c>-v</c>.
/// </summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, Verbosity verbosity, IAnsiConsole? console = null)
    {
        Out = output;
        Error = error;
        Verbosity = verbosity;
        Console = console ?? ConsoleFor(output);
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }

    public Verbosity Verbosity { get; }

    public bool Quiet => Verbosity == Verbosity.Quiet;

    public bool Verbose => Verbosity == Verbosity.Verbose;

    /// <summary>Whether the output is a live terminal (not a pipe, not a file, not a test's writer).</summary>
    public bool IsTerminal =>
        ReferenceEquals(Out, System.Console.Out) && !System.Console.IsOutputRedirected && Console.Profile.Capabilities.Interactive;

    /// <summary>A context over the process's console, for tests and for commands that run another command's work.</summary>
    public static CliContext ForConsole(Verbosity verbosity = Verbosity.Normal) =>
        new(System.Console.Out, System.Console.Error, verbosity, AnsiConsole.Console);

    /// <summary>
    /// The process's console keeps Spectre's own detection (NO_COLOR, pipes, terminal width); any other
    /// writer gets plain text with no colour and no width limit, so a table never wraps a URL.
    /// </summary>
    private static IAnsiConsole ConsoleFor(TextWriter output)
    {
        if (ReferenceEquals(output, System.Console.Out))
        {
            var console = AnsiConsole.Console;
            if (System.Console.IsOutputRedirected)
            {
                console.Profile.Width = PipedWidth;
            }

            return console;
        }

        var plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        plain.Profile.Width = PipedWidth;
        return plain;
    }

    /// <summary>Wide enough that no URL or path is wrapped when the output goes to a pipe or a file.</summary>
    private const int PipedWidth = 4096;
}

using Pipeline.Archive.BagIt;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Verify;

/// <summary>
/// <c>pipeline verify bag/</c>: checks a bag's completeness and every checksum and names each missing,
/// extra or altered file. Exit code 0 when valid, 2 when not, 1 when the bag cannot be read at all.
/// </summary>
internal sealed class VerifyCommand : AsyncCommand<VerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, VerifySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        BagVerification verification;
        try
        {
            verification = await BagVerifier.VerifyAsync(settings.Bag, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: could not read the bag: {e.Message}");
            return 1;
        }

        foreach (var problem in verification.Problems)
        {
            // Plain lines, one per problem, never wrapped: scripts grep them.
            Console.Out.WriteLine(problem.ToString());
        }

        if (verification.IsValid)
        {
            AnsiConsole.MarkupLineInterpolated(
                $"[green]valid:[/] {settings.Bag} is complete; {verification.PayloadFilesChecked} payload and {verification.TagFilesChecked} tag checksums match.");
            return 0;
        }

        AnsiConsole.MarkupLineInterpolated($"[red]invalid:[/] {settings.Bag} has {verification.Problems.Length} problem(s).");
        return 2;
    }
}

using System.CommandLine;
using Pipeline.Archive.BagIt;
using Pipeline.Cli.CommandLine;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Verify;

/// <summary>
/// <c>pipeline verify bag/</c>: checks a bag's completeness and every checksum and names each missing,
/// extra or altered file. Exit code 0 when valid, 2 when not, 1 when the bag cannot be read at all.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(GlobalOptions global)
    {
        var bag = new Argument<string>("bag") { Description = "The bag folder to check." };
        var command = new Command("verify", "Check a bag's completeness and every checksum.") { bag };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(bag)!, global.Context(parse), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string bag, CliContext cli, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        BagVerification verification;
        try
        {
            verification = await BagVerifier.VerifyAsync(bag, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await cli.Error.WriteLineAsync($"error: could not read the bag: {e.Message}").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }

        foreach (var problem in verification.Problems)
        {
            // Plain lines, one per problem, never wrapped: scripts grep them.
            await cli.Out.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }

        if (verification.IsValid)
        {
            if (!cli.Quiet)
            {
                cli.Console.MarkupLineInterpolated(
                    $"[green]valid:[/] {bag} is complete; {verification.PayloadFilesChecked} payload and {verification.TagFilesChecked} tag checksums match.");
            }

            return ExitCodes.Ok;
        }

        cli.Console.MarkupLineInterpolated($"[red]invalid:[/] {bag} has {verification.Problems.Length} problem(s).");
        return ExitCodes.SomeNotFine;
    }
}

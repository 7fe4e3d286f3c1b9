using System.CommandLine;
using Pipeline.Archive.BagIt;
using Pipeline.Cli.CommandLine;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Verify;

/// <summary>
/// <c>pipeline verify bag/ [--fast | --completeness-only]</c>: checks a bag's completeness and every
/// checksum (or, faster, less) and names each missing, extra or altered file. Exit code 0 when valid,
/// 2 when not, 1 when the bag cannot be read at all.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(GlobalOptions global)
    {
        var bag = new Argument<string>("bag") { Description = "The bag folder to check." };
        var fast = new Option<bool>("--fast") { Description = "Only compare bag-info.txt's Payload-Oxum (octets and file count) with the payload; reads no file." };
        var completeness = new Option<bool>("--completeness-only")
        {
            Description = "Only check that every file a manifest lists is there and no payload file is unlisted, and the Payload-Oxum; computes no checksum.",
        };
        var command = new Command("verify", "Check a bag's completeness and every checksum.") { bag, fast, completeness };
        command.Validators.Add(result =>
        {
            if (result.GetValue(fast) && result.GetValue(completeness))
            {
                result.AddError("--fast and --completeness-only are two different checks: give one of them.");
            }
        });
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(bag)!,
            parse.GetValue(fast) ? BagVerifyMode.Fast : parse.GetValue(completeness) ? BagVerifyMode.CompletenessOnly : BagVerifyMode.Full,
            global.Context(parse),
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string bag, BagVerifyMode mode, CliContext cli, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        BagVerification verification;
        try
        {
            verification = await BagVerifier.VerifyAsync(bag, mode, cancellationToken).ConfigureAwait(false);
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
                cli.Console.MarkupLine(Valid(bag, verification).EscapeMarkup().Replace("valid:", "[green]valid:[/]", StringComparison.Ordinal));
            }

            return ExitCodes.Ok;
        }

        cli.Console.MarkupLineInterpolated($"[red]invalid:[/] {bag} has {verification.Problems.Length} problem(s).");
        return ExitCodes.SomeNotFine;
    }

    private static string Valid(string bag, BagVerification verification) => verification.Mode switch
    {
        BagVerifyMode.Fast =>
            $"valid: {bag}'s Payload-Oxum {verification.PayloadOxum} matches its payload (--fast: no file read, no checksum checked).",
        BagVerifyMode.CompletenessOnly =>
            $"valid: {bag} is complete; the files of all {verification.PayloadFilesChecked} payload and {verification.TagFilesChecked} tag manifest entries are there, none unlisted (--completeness-only: no checksum checked).",
        _ => $"valid: {bag} is complete; {verification.PayloadFilesChecked} payload and {verification.TagFilesChecked} tag checksums match.",
    };
}

using System.Collections.Immutable;
using System.Globalization;

namespace Pipeline.Archive.BagIt;

/// <summary>
/// A parsed manifest (<c>manifest-&lt;alg&gt;.txt</c> or <c>tagmanifest-&lt;alg&gt;.txt</c>): checksum by
/// decoded relative path, plus a problem for each line that is not <c>checksum whitespace path</c>.
/// </summary>
internal sealed record BagManifest(string FileName, string Algorithm, ImmutableDictionary<string, string> Entries, ImmutableArray<BagProblem> Problems)
{
    public static async Task<BagManifest> ReadAsync(string bagFolder, string fileName, string algorithm, CancellationToken cancellationToken)
    {
        var entries = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<BagProblem>();
        var lines = await BagTagFile.ReadLinesAsync(bagFolder, fileName, cancellationToken).ConfigureAwait(false);
        var hexLength = BagChecksum.HexLength(algorithm);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            var where = string.Create(CultureInfo.InvariantCulture, $"line {i + 1}");
            var split = line.IndexOfAny([' ', '\t']);
            if (split <= 0)
            {
                problems.Add(new BagProblem(BagProblemKind.Malformed, fileName, $"{where} is not 'checksum path'"));
                continue;
            }

            var checksum = line[..split].ToLowerInvariant();
            var path = BagPath.Decode(line[split..].TrimStart(' ', '\t'));
            if (checksum.Length != hexLength || !checksum.All(char.IsAsciiHexDigit))
            {
                problems.Add(new BagProblem(BagProblemKind.Malformed, fileName, $"{where}: '{line[..split]}' is not a {algorithm} checksum"));
            }
            else if (!BagPath.StaysInside(path))
            {
                problems.Add(new BagProblem(BagProblemKind.Malformed, fileName, $"{where}: path '{path}' leaves the bag"));
            }
            else if (!entries.TryAdd(path, checksum))
            {
                problems.Add(new BagProblem(BagProblemKind.Malformed, fileName, $"{where}: '{path}' is listed twice"));
            }
        }

        return new BagManifest(fileName, algorithm, entries.ToImmutable(), problems.ToImmutable());
    }
}

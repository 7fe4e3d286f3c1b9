using System.Collections.Immutable;
using Pipeline.Archive.BagIt;

namespace Pipeline.Cli.Commands.Archive;

/// <summary>What <c>pipeline archive</c> was asked to do.</summary>
internal sealed class ArchiveSettings
{
    public const string DefaultOrganization = "Pipeline";

    public const string DefaultDescription = "TEI P5 encodings of scraped humanities essays, with their images and link report.";

    public string Output { get; init; } = "";

    public string Bag { get; init; } = "";

    /// <summary>RFC 8493 reserved fields given as options, by label; absent ones are not given.</summary>
    public IReadOnlyDictionary<string, string> Reserved { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The <c>--info KEY=VALUE</c> pairs, in the order given.</summary>
    public string[] Info { get; init; } = [];

    /// <summary>The <c>--checksum</c> lists, e.g. <c>sha256,sha512</c>; empty for sha256 alone.</summary>
    public string[] Checksums { get; init; } = [];

    public string[] LinkReports { get; init; } = [];

    /// <summary>The run report to keep as provenance; null for the output folder's <c>run-report.json</c>.</summary>
    public string? RunReport { get; init; }

    /// <summary><c>--allow-failed</c>: bag a batch whose run report names failed documents.</summary>
    public bool AllowFailed { get; init; }

    public string RunReportPath => RunReport ?? Path.Combine(Output, Batch.BatchRunner.ReportFileName);

    /// <summary>The manifest algorithms, de-duplicated in the order given (sha256 when none is).</summary>
    public ImmutableArray<string> Algorithms()
    {
        var names = Checksums
            .SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(c => c.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();
        return names.IsEmpty ? ["sha256"] : names;
    }

    /// <summary>
    /// The bag-info fields: the reserved options in RFC 8493's order, then the <c>--info</c> pairs as
    /// given. Source-Organization and External-Description fall back to the defaults only when given
    /// neither way.
    /// </summary>
    public BagInfo BagInfo(DateOnly baggingDate)
    {
        var fields = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var label in BagInfoFields.UserReserved.Where(Reserved.ContainsKey))
        {
            fields.Add(new(label, Reserved[label]));
        }

        foreach (var pair in Info)
        {
            var (label, value) = Split(pair);
            fields.Add(new(label, value));
        }

        bool Given(string label) => fields.Any(f => string.Equals(f.Key, label, StringComparison.OrdinalIgnoreCase));
        return new BagInfo(
            Given(BagInfoFields.SourceOrganization) ? "" : DefaultOrganization,
            Given(BagInfoFields.ExternalDescription) ? "" : DefaultDescription,
            baggingDate,
            PipelineVersion.Text)
        {
            Fields = fields.ToImmutable(),
        };
    }

    /// <summary>The usage error, or null.</summary>
    public string? UsageError()
    {
        if (string.IsNullOrWhiteSpace(Bag))
        {
            return "--bag <DIR> is required: the folder to write the bag to.";
        }

        foreach (var (label, value) in Reserved)
        {
            if (BagInfoFields.Problem(label, value) is { } problem)
            {
                return $"--{label.ToLowerInvariant()}: {problem}.";
            }
        }

        foreach (var pair in Info)
        {
            var (label, value) = Split(pair);
            if (label.Length == 0)
            {
                return $"--info '{pair}': give KEY=VALUE, e.g. --info Contact-Name=\"Ada Lovelace\".";
            }

            if (BagInfoFields.Problem(label, value) is { } problem)
            {
                return $"--info '{pair}': {problem}.";
            }
        }

        return Algorithms().FirstOrDefault(a => !BagChecksum.IsSupported(a)) is { } unknown
            ? $"--checksum '{unknown}' is not one of {string.Join(", ", BagChecksum.Supported)}."
            : null;
    }

    private static (string Label, string Value) Split(string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        return equals <= 0 ? ("", "") : (pair[..equals].Trim(), pair[(equals + 1)..]);
    }
}

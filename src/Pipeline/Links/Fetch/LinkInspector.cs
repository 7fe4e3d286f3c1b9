using System.Collections.Immutable;
using System.Security.Cryptography;
using Pipeline.Links.Classify;
using Pipeline.Links.Collect;
using Pipeline.Links.Report;
using Pipeline.Links.Safety;

namespace Pipeline.Links.Fetch;

/// <summary>
/// Fetches one URL the polite way and classifies it: HEAD first, GET when HEAD is refused or the page
/// must be read; redirects followed one hop at a time (the chain recorded); a suspicious 200 page
/// confirmed against a random sibling path.
/// </summary>
internal sealed class LinkInspector(ProbeClient client, LinkCheckOptions options)
{
    public async Task<Inspection> InspectAsync(Uri start, CancellationToken cancellationToken)
    {
        if (!options.AllowPrivate && IsForbiddenLiteral(start))
        {
            return new Inspection(LinkStatus.Refused, null, null, [], 0, $"{start.Host} is a loopback, private or link-local address");
        }

        var walk = await FollowAsync(start, headFirst: true, cancellationToken).ConfigureAwait(false);
        var hops = walk.Hops.ToImmutableArray();
        var finalUrl = hops.IsEmpty ? null : walk.Final.AbsoluteUri;
        if (walk.Failure is not null)
        {
            return new Inspection(walk.Failure.Value, walk.Probe?.Status, finalUrl, hops, walk.Attempts, walk.Detail);
        }

        var probe = walk.Probe!;
        var status = HttpStatusClassifier.Classify(probe.Status, redirected: !hops.IsEmpty);
        var attempts = walk.Attempts;
        string? detail = probe.Truncated ? $"body larger than {options.MaxBodyBytes} bytes, read only that far" : null;
        if (status.IsFine() && probe.Body is not null && probe.IsHtml)
        {
            var signals = PageReader.Read(probe.Body, start, walk.Final);
            if (signals.Suspicious && !PageReader.IsRoot(start))
            {
                var sibling = await FollowAsync(SiblingOf(start), headFirst: false, cancellationToken).ConfigureAwait(false);
                attempts += sibling.Attempts;
                if (LooksTheSame(walk, signals, sibling))
                {
                    return new Inspection(LinkStatus.SoftNotFound, probe.Status, finalUrl, hops, attempts,
                        $"{signals.Describe()}; a random path beside it gets the same page");
                }

                detail = $"{signals.Describe()}, but a random path beside it is answered differently";
            }
        }

        return new Inspection(status, probe.Status, finalUrl, hops, attempts, detail);
    }

    private async Task<Walk> FollowAsync(Uri start, bool headFirst, CancellationToken cancellationToken)
    {
        var walk = new Walk(start);
        var visited = new HashSet<string>(StringComparer.Ordinal) { UrlNormalizer.Key(start) };
        var current = start;
        while (true)
        {
            var step = await client.SendAsync(new ProbeRequest(headFirst ? HttpMethod.Head : HttpMethod.Get, current, !headFirst), cancellationToken).ConfigureAwait(false);
            walk.Attempts += step.Attempts;
            if (headFirst && step.Probe is { } head && NeedsGet(head))
            {
                step = await client.SendAsync(new ProbeRequest(HttpMethod.Get, current, ReadBody: true), cancellationToken).ConfigureAwait(false);
                walk.Attempts += step.Attempts;
            }

            walk.Final = current;
            walk.Probe = step.Probe;
            if (step.Failure is { } failure)
            {
                walk.Failure = FailureKinds.Classify(failure);
                walk.Detail = Describe(failure);
                return walk;
            }

            var probe = step.Probe!;
            if (!probe.IsRedirect)
            {
                return walk;
            }

            var next = WithoutFragment(probe.Location!);
            walk.Hops.Add(new RedirectHop(UrlNormalizer.Key(current), probe.Status, next.AbsoluteUri));
            if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
            {
                return walk.Fail(LinkStatus.UnsupportedScheme, $"redirected to {next.Scheme}: URL");
            }

            if (!visited.Add(UrlNormalizer.Key(next)))
            {
                return walk.Fail(LinkStatus.RedirectLoop, $"redirect chain returns to {next.AbsoluteUri}");
            }

            if (walk.Hops.Count >= options.MaxRedirects)
            {
                return walk.Fail(LinkStatus.RedirectLoop, $"more than {options.MaxRedirects} redirects");
            }

            if (!options.AllowPrivate && IsForbiddenLiteral(next))
            {
                walk.Final = next;
                return walk.Fail(LinkStatus.Refused, $"redirected to {next.Host}, a loopback, private or link-local address");
            }

            current = next;
        }
    }

    /// <summary>HEAD told us too little: refused, or a page we have to read.</summary>
    private static bool NeedsGet(HttpProbe head) =>
        head.Status is 405 or 501 or 403 || (head.IsSuccess && head.IsHtml);

    private static bool LooksTheSame(Walk page, PageSignals signals, Walk sibling)
    {
        if (sibling.Failure is not null || sibling.Probe is not { IsSuccess: true } probe)
        {
            return false;
        }

        if (signals.RedirectedHome && sibling.Final == page.Final)
        {
            return true;
        }

        return probe.Body is not null && string.Equals(PageReader.TitleOf(probe.Body), signals.Title, StringComparison.Ordinal);
    }

    private static Uri SiblingOf(Uri uri)
    {
        var name = "pipeline-link-check-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var path = uri.AbsolutePath.TrimEnd('/');
        var directory = path[..(path.LastIndexOf('/') + 1)];
        return new UriBuilder(uri) { Path = directory + name, Query = string.Empty, Fragment = string.Empty }.Uri;
    }

    private static Uri WithoutFragment(Uri uri) =>
        uri.Fragment.Length == 0 ? uri : new UriBuilder(uri) { Fragment = string.Empty }.Uri;

    private static bool IsForbiddenLiteral(Uri uri) =>
        uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
        && System.Net.IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address)
        && !AddressPolicy.IsPublic(address);

    private static string Describe(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return innermost == exception ? exception.Message : $"{exception.Message} ({innermost.Message})";
    }

    private sealed class Walk(Uri start)
    {
        public Uri Final { get; set; } = start;

        public HttpProbe? Probe { get; set; }

        public LinkStatus? Failure { get; set; }

        public string? Detail { get; set; }

        public int Attempts { get; set; }

        public List<RedirectHop> Hops { get; } = [];

        public Walk Fail(LinkStatus status, string detail)
        {
            Failure = status;
            Detail = detail;
            return this;
        }
    }
}

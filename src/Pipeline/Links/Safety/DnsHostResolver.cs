using System.Net;

namespace Pipeline.Links.Safety;

/// <summary>The system resolver.</summary>
public sealed class DnsHostResolver : IHostResolver
{
    public async ValueTask<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
}

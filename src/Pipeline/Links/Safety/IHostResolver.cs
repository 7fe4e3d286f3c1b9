using System.Net;

namespace Pipeline.Links.Safety;

/// <summary>Resolves a host name to addresses at connect time (a seam: tests and benchmarks map names to loopback).</summary>
public interface IHostResolver
{
    ValueTask<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

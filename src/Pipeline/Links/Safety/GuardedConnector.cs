using System.Net;
using System.Net.Sockets;

namespace Pipeline.Links.Safety;

/// <summary>
/// The connect step of the checker's <see cref="SocketsHttpHandler"/>: resolves the host, drops the
/// addresses the policy forbids and connects only to what is left. Checking the addresses actually
/// connected to (not a separate earlier lookup) is what keeps DNS rebinding from getting around the policy.
/// </summary>
internal sealed class GuardedConnector(IHostResolver resolver, bool allowPrivate)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        var allowed = allowPrivate ? addresses : Array.FindAll(addresses, AddressPolicy.IsPublic);
        if (allowed.Length == 0)
        {
            throw new RefusedByPolicyException(
                $"{host} resolves to {string.Join(", ", addresses.Select(a => a.ToString()))}: loopback, private or link-local addresses are not fetched without --allow-private");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

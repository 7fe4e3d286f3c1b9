using System.Net;
using System.Net.Sockets;

namespace Pipeline.Links.Safety;

/// <summary>
/// Which addresses the checker may connect to by default: public unicast only. Loopback, private,
/// link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast and reserved ranges are not.
/// </summary>
public static class AddressPolicy
{
    /// <summary>True when the address is a public unicast address.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0
        || b[0] == 10
        || b[0] == 127
        || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
        || (b[0] == 169 && b[1] == 254)
        || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)
        || (b[0] == 192 && b[1] == 168)
        || (b[0] == 198 && (b[1] == 18 || b[1] == 19))
        || b[0] >= 224);

    private static bool IsPublicV6(IPAddress address)
    {
        if (IPAddress.IPv6Loopback.Equals(address) || IPAddress.IPv6None.Equals(address)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;
        }

        var b = address.GetAddressBytes();

        // 64:ff9b::/96 embeds an IPv4 address (NAT64); judge the embedded one.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
        {
            return IsPublicV4(b[12..]);
        }

        // Only 2000::/3 is global unicast.
        return (b[0] & 0xE0) == 0x20;
    }
}

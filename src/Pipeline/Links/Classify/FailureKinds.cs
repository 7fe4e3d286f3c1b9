using System.Net.Sockets;
using System.Security.Authentication;
using Pipeline.Links.Fetch;
using Pipeline.Links.Safety;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Pipeline.Links.Classify;

/// <summary>Reads what an exception from an HTTP attempt means: its status, and whether trying again can help.</summary>
internal static class FailureKinds
{
    public static LinkStatus Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (Find<RefusedByPolicyException>(exception) is not null)
        {
            return LinkStatus.Refused;
        }

        if (exception is TimeoutRejectedException or TimeoutException or OperationCanceledException
            || Find<TimeoutException>(exception) is not null)
        {
            return LinkStatus.Timeout;
        }

        if (exception is HostCircuitOpenException open)
        {
            return open.TripStatus;
        }

        if (exception is BrokenCircuitException)
        {
            return LinkStatus.ServerError;
        }

        if (IsNameResolution(exception))
        {
            return LinkStatus.DnsFailure;
        }

        if (Find<AuthenticationException>(exception) is not null
            || exception is HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError })
        {
            return LinkStatus.TlsError;
        }

        return LinkStatus.ConnectionFailed;
    }

    /// <summary>True for failures another attempt may not repeat: resets, timeouts, refused connections.</summary>
    public static bool IsTransient(Exception exception, CancellationToken callerToken)
    {
        if (callerToken.IsCancellationRequested || exception is BrokenCircuitException or HostCircuitOpenException)
        {
            return false;
        }

        return Classify(exception) is LinkStatus.Timeout or LinkStatus.ConnectionFailed;
    }

    /// <summary>Status codes worth retrying.</summary>
    public static bool IsTransient(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    private static bool IsNameResolution(Exception exception)
    {
        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError })
        {
            return true;
        }

        return Find<SocketException>(exception) is { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain };
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }
}

namespace Pipeline.Links.Fetch;

/// <summary>A request not sent because the host's circuit is open; carries what the host was failing with.</summary>
public sealed class HostCircuitOpenException : Exception
{
    public HostCircuitOpenException()
    {
    }

    public HostCircuitOpenException(string message)
        : base(message)
    {
    }

    public HostCircuitOpenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The status of the failures that opened the circuit.</summary>
    public LinkStatus TripStatus { get; init; } = LinkStatus.ServerError;
}

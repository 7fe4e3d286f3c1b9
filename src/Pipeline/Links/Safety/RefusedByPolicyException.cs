namespace Pipeline.Links.Safety;

/// <summary>Thrown at connect time when every address of a host is one the policy forbids.</summary>
public sealed class RefusedByPolicyException : Exception
{
    public RefusedByPolicyException()
    {
    }

    public RefusedByPolicyException(string message)
        : base(message)
    {
    }

    public RefusedByPolicyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

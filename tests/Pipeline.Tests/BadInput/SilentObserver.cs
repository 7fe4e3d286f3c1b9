using Pipeline.Batch;

namespace Pipeline.Tests.BadInput;

/// <summary>An observer for runs whose progress the test does not watch.</summary>
internal sealed class SilentObserver : IBatchObserver
{
    public void Started(int documents)
    {
    }

    public void Completed(DocumentOutcome outcome)
    {
    }
}

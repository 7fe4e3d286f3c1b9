namespace Pipeline.Links.Fetch;

/// <summary>Attempts made by one pipeline execution: the first plus one per retry.</summary>
internal sealed class AttemptCounter
{
    private int _count = 1;

    public int Count => Volatile.Read(ref _count);

    public void Add() => Interlocked.Increment(ref _count);
}

namespace Pipeline.Tests.BadInput;

/// <summary>
/// Tests that measure the whole process (peak working set) or hold a wall-clock limit on real I/O run
/// with no other test beside them, so the number, or the time, is theirs alone: CPU-bound tests beside
/// them would otherwise decide how fast the thread pool answers a loopback socket.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Runs alone";
}

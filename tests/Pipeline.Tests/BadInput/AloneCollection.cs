namespace Pipeline.Tests.BadInput;

/// <summary>
/// Tests that measure the whole process (peak working set) run with no other test beside them, so the
/// number is theirs alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Runs alone";
}

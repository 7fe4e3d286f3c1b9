using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Tests.Stages.Dehyphenation;

/// <summary>The Debian Hunspell dictionaries this machine has installed, opened once for all tests.</summary>
public sealed class SystemWordList : IDisposable
{
    public SystemWordList()
    {
        List = HunspellWordList.TryOpen(new DehyphenationOptions(), out var problems)
            ?? throw new InvalidOperationException("Hunspell en_GB/en_US are required: " + string.Join(" ", problems));
    }

    public HunspellWordList List { get; }

    public void Dispose() => List.Dispose();
}

using System.Collections.Immutable;

namespace Pipeline.Archive.BagIt;

/// <summary>What a written bag holds: its folder, the payload size and the output files left out.</summary>
internal sealed record BagWriteResult(string BagFolder, long PayloadBytes, int PayloadFiles, ImmutableArray<string> Excluded)
{
    /// <summary>The <c>Payload-Oxum</c> value: octet count and file count.</summary>
    public string PayloadOxum => $"{PayloadBytes}.{PayloadFiles}";
}

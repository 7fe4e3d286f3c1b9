namespace Pipeline.Stages.Citations;

/// <summary>What the part of a reference after its title turned out to hold.</summary>
internal sealed class TailFacts
{
    public bool HasContainer { get; set; }

    public bool IsJournal { get; set; }

    public bool HasDate { get; set; }

    public bool HasPublication { get; set; }

    public bool HasEditors { get; set; }

    public bool HasVolume { get; set; }

    public bool HasPages { get; set; }

    /// <summary>True once anything at all was read after the title.</summary>
    public bool ReadAnything { get; set; }
}

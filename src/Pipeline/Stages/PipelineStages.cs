using System.Collections.Immutable;

namespace Pipeline.Stages;

/// <summary>
/// The conversion, in order. Reading this list tells what happens to a scraped essay between the
/// reader and the TEI writer.
/// </summary>
public static class PipelineStages
{
    public static ImmutableArray<IStage> Default(PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return
        [
            // Filled in as the stages land: page furniture, page repair, de-hyphenation,
            // footnote re-linking, structure, figure OCR, citations.
            new PageFurniture.PageFurnitureStage(),
            new PageRepair.PageRepairStage(),
            new Footnotes.FootnoteStage(),
            new Structure.StructureStage(),
        ];
    }
}

using System.Collections.Immutable;

namespace Pipeline.Stages;

/// <summary>
/// The conversion, in order. Reading this list tells what happens to a scraped essay between the
/// reader and the TEI writer.
/// </summary>
public static class PipelineStages
{
    public static ImmutableArray<IStage> Default(PipelineOptions options) => Default(options, null);

    /// <summary>The stages, figure OCR recognising with <paramref name="ocr"/>' engines (null: an engine of its own).</summary>
    public static ImmutableArray<IStage> Default(PipelineOptions options, Ocr.OcrEngines? ocr)
    {
        ArgumentNullException.ThrowIfNull(options);
        return
        [
            new LinkTargets.LinkTargetStage(),
            new PageFurniture.PageFurnitureStage(),
            new Structure.Front.FrontSplitStage(),
            new PageRepair.PageRepairStage(),
            new Structure.Bibliography.BibliographySplitStage(),
            new Dehyphenation.DehyphenationStage(options.Dehyphenation),
            new Footnotes.FootnoteStage(),
            new Structure.StructureStage(),
            ocr is null ? new FigureOcr.FigureOcrStage(options) : new FigureOcr.FigureOcrStage(options, ocr),
            new Citations.CitationStage(),
        ];
    }
}

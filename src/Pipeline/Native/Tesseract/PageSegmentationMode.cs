namespace Pipeline.Native.Tesseract;

/// <summary>Tesseract's TessPageSegMode, in capi.h order.</summary>
internal enum PageSegmentationMode
{
    OsdOnly = 0,
    AutoOsd = 1,
    AutoOnly = 2,
    Auto = 3,
    SingleColumn = 4,
    SingleBlockVerticalText = 5,
    SingleBlock = 6,
    SingleLine = 7,
    SingleWord = 8,
    CircleWord = 9,
    SingleCharacter = 10,
    SparseText = 11,
    SparseTextOsd = 12,
    RawLine = 13,
}

namespace Pipeline.Native.Tesseract;

/// <summary>Tesseract's TessPageIteratorLevel.</summary>
internal enum IteratorLevel
{
    Block = 0,
    Paragraph = 1,
    TextLine = 2,
    Word = 3,
    Symbol = 4,
}

namespace Pipeline.Reading.Pdf;

/// <summary>One page as read: its number, size, columns of lines in reading order and its images.</summary>
internal sealed class PdfPageLayout
{
    public PdfPageLayout(int number, double width, double height, List<List<PdfLine>> columns, List<PdfImageBox> images)
    {
        Number = number;
        Width = width;
        Height = height;
        Columns = columns;
        Images = images;
    }

    public int Number { get; }

    public double Width { get; }

    public double Height { get; }

    public List<List<PdfLine>> Columns { get; }

    public List<PdfImageBox> Images { get; }

    /// <summary>The furniture lines dropped from the page, which show its printed number.</summary>
    public List<string> Furniture { get; } = [];

    public IEnumerable<PdfLine> Lines => Columns.SelectMany(c => c);
}

/// <summary>An image placed on a page: where (PDF points) and the file it was extracted to, relative to the image folder.</summary>
internal sealed record PdfImageBox(double Left, double Bottom, double Right, double Top, string FileName);

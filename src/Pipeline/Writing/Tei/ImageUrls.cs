using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>Turns a figure's image path into the graphic url: base prefix plus escaped path segments.</summary>
internal sealed class ImageUrls
{
    private readonly string _baseUrl;

    public ImageUrls(string baseUrl) => _baseUrl = baseUrl;

    public string For(Figure figure)
    {
        var segments = (figure.ImagePath ?? "")
            .Replace('\\', '/')
            .Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.EscapeDataString);
        var url = _baseUrl + string.Join('/', segments);
        return url.Length == 0 ? "missing-image" : url;
    }
}

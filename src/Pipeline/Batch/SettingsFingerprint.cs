using System.Globalization;
using System.Text;
using System.Text.Json;
using Pipeline.Conversion;

namespace Pipeline.Batch;

/// <summary>
/// Every conversion setting that can change a document's output, written out value by value (lists item
/// by item) for the incremental fingerprint, so changing any of them reconverts. A record's
/// <c>ToString()</c> is no substitute: it prints a list as its type name. Settings that only say where
/// a cache lives, or that the converter sets per document, are left out on purpose.
/// </summary>
internal static class SettingsFingerprint
{
    public static string Of(ConversionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dehyphenation = options.Pipeline.Dehyphenation;
        var figures = options.Pipeline.FigureOcr;
        var ocr = figures.Ocr;
        var tei = options.Tei;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("inputFormat", options.InputFormat);
            // Every field of the header defaults is a string, so the record's own text lists them all.
            json.WriteString("metadata", options.Metadata.ToString());
            json.WriteStartArray("writers");
            foreach (var writer in options.Writers)
            {
                json.WriteStringValue(writer.Name);
            }

            json.WriteEndArray();
            json.WriteString("dehyphenation.dictionaryDirectory", dehyphenation.DictionaryDirectory);
            json.WriteStartArray("dehyphenation.languages");
            foreach (var language in dehyphenation.Languages)
            {
                json.WriteStringValue(language);
            }

            json.WriteEndArray();
            json.WriteBoolean("figureOcr.enabled", figures.Enabled);
            json.WriteString("figureOcr.scrapeAgreementThreshold", figures.ScrapeAgreementThreshold.ToString("R", CultureInfo.InvariantCulture));
            json.WriteString("ocr.language", ocr.Language);
            json.WriteString("ocr.dataPath", ocr.DataPath);
            json.WriteBoolean("ocr.deskew", ocr.Deskew);
            json.WriteString("ocr.binarization", ocr.Binarization.ToString());
            json.WriteNumber("ocr.minimumLineHeight", ocr.MinimumLineHeight);
            json.WriteNumber("ocr.maxPixels", ocr.MaxPixels);
            json.WriteNumber("ocr.maxFileBytes", ocr.MaxFileBytes);
            json.WriteString("tei.publisher", tei.Publisher);
            json.WriteString("tei.distributor", tei.Distributor);
            json.WriteString("tei.availability", tei.Availability);
            json.WriteString("tei.applicationVersion", tei.ApplicationVersion);
            json.WriteString("tei.conversionDate", tei.ConversionDate);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

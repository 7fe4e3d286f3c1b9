using System.Text;
using System.Xml;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Makes identifiers valid xml:id values (NCNames) the same way wherever they are written, so an
/// id and every pointer to it still match after repair. Valid ids pass through unchanged.
/// </summary>
internal static class TeiIds
{
    /// <summary>The id of the pipeline's <c>application</c> in the header, which confidences name as who assigned them.</summary>
    public const string Application = "pipeline";

    public static string Safe(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "id-empty";
        }

        try
        {
            return XmlConvert.VerifyNCName(id);
        }
        catch (XmlException)
        {
            var builder = new StringBuilder(id.Length + 3);
            foreach (var c in id)
            {
                builder.Append(XmlConvert.IsNCNameChar(c) ? c : '-');
            }

            if (!XmlConvert.IsStartNCNameChar(builder[0]))
            {
                builder.Insert(0, "id-");
            }

            return builder.ToString();
        }
    }

    /// <summary>A same-document pointer to <paramref name="id"/>.</summary>
    public static string Pointer(string? id) => "#" + Safe(id);
}

using Pipeline.Model;
using Pipeline.Stages.Structure.Front;

namespace Pipeline.Writing.Tei;

/// <summary>Writes an author: <c>persName</c> or <c>orgName</c>, and the affiliation with its organisations as <c>orgName</c>.</summary>
internal sealed class PeopleWriter
{
    private readonly TeiXml _xml;

    public PeopleWriter(TeiXml xml) => _xml = xml;

    public void WriteAuthor(Author author)
    {
        _xml.OpenMixed("author");
        WriteName(author);
        if (!string.IsNullOrWhiteSpace(author.Affiliation))
        {
            _xml.OpenInline("affiliation");
            WriteAffiliation(author.Affiliation);
            _xml.Close();
        }

        _xml.CloseMixed();
    }

    public void WriteName(Author author)
    {
        _xml.OpenInline(author.IsOrganisation ? "orgName" : "persName");
        _xml.Text(author.Name ?? "");
        _xml.Close();
    }

    /// <summary>Each comma-separated part that names an organisation becomes <c>orgName</c>; the rest (a college's name, a city) stays text.</summary>
    public void WriteAffiliation(string affiliation)
    {
        var parts = affiliation.Split(',');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                _xml.Text(",");
            }

            var part = parts[i];
            var trimmed = part.Trim();
            var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0 && BylineParser.IsOrganisationName(words, FrontVocabulary.English))
            {
                _xml.Text(part[..part.IndexOf(trimmed, StringComparison.Ordinal)]);
                _xml.OpenInline("orgName");
                _xml.Text(trimmed);
                _xml.Close();
                _xml.Text(part[(part.IndexOf(trimmed, StringComparison.Ordinal) + trimmed.Length)..]);
            }
            else
            {
                _xml.Text(part);
            }
        }
    }
}

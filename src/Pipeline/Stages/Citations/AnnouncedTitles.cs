namespace Pipeline.Stages.Citations;

/// <summary>
/// The short titles a document's notes have announced without an author ("[Hereafter cited as
/// Journals.]"), as match keys, gathered in reading order. In plain text a later "Journals, I, 102."
/// reads like an author and a locator; the announcement says it is the work's title.
/// </summary>
internal sealed class AnnouncedTitles
{
    private readonly List<string> _keys = [];
    private readonly List<string> _authorless = [];

    public void Add(ParsedReference declaration)
    {
        AuthorlessTitles.Add(declaration, _authorless);
        if (declaration.DeclaresShortForm && declaration.Parts.Authors.IsEmpty && MatchKey.Of(declaration.Parts.MonographTitle) is { Length: > 0 } key && !_keys.Contains(key))
        {
            _keys.Add(key);
        }
    }

    /// <summary>True when the words are an announced short title, or differ from one only by a plural "s".</summary>
    public bool Contains(ReadOnlySpan<char> words)
    {
        if (_keys.Count == 0)
        {
            return false;
        }

        var key = MatchKey.Of(words.ToString());
        foreach (var announced in _keys)
        {
            if (announced == key || MatchKey.DiffersInNumberOnly(announced, key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words are the whole title of a work cited before in full with no author or editor.</summary>
    public bool IsAuthorlessTitle(ReadOnlySpan<char> words) => AuthorlessTitles.Contains(_authorless, words);

    /// <summary>Whether any such title was cited: most documents have none, and the rule is not tried.</summary>
    public bool HasAuthorlessTitles => _authorless.Count > 0;
}

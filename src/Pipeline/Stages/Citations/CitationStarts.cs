namespace Pipeline.Stages.Citations;

/// <summary>
/// The places in a note's text where a reference not anchored on a title may begin: every ibid and
/// op. cit., and every citation start (the note's first word, the first word after a semicolon, a
/// sentence's end or a word such as "see"; not after an opening parenthesis, which more often
/// holds an imprint, "(Washington, 1904)", than a citation). Found once per paragraph, in
/// order, so the parser steps from one to the next.
/// </summary>
internal sealed class CitationStarts
{
    private readonly List<int> _candidates;
    private readonly HashSet<int> _citationStarts;

    private CitationStarts(List<int> candidates, HashSet<int> citationStarts)
    {
        _candidates = candidates;
        _citationStarts = citationStarts;
    }

    public static CitationStarts Find(string text, CitationPatterns patterns)
    {
        var starts = new HashSet<int>();
        var candidates = new List<int>();
        if (patterns.IbidGate.MayOccurIn(text))
        {
            foreach (var match in patterns.IbidWord.EnumerateMatches(text))
            {
                candidates.Add(match.Index);
            }
        }

        if (patterns.OpCitGate.MayOccurIn(text))
        {
            foreach (var match in patterns.OpCitAnywhere.EnumerateMatches(text))
            {
                candidates.Add(match.Index);
            }
        }

        var first = Skip(text, 0);
        if (first < text.Length)
        {
            starts.Add(first);
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var sentenceEnd = c == '.' && !NameScanner.EndsInitial(text, i) && FollowedBySpace(text, i + 1);
            if (c == ';' || sentenceEnd)
            {
                var next = Skip(text, i + 1);
                if (next < text.Length)
                {
                    starts.Add(next);
                }
            }
        }

        if (patterns.CueGate.MayOccurIn(text))
        {
            foreach (var match in patterns.CueWord.EnumerateMatches(text))
            {
                var next = Skip(text, match.Index + match.Length);
                if (next < text.Length)
                {
                    starts.Add(next);
                }
            }
        }

        candidates.AddRange(starts);
        candidates.Sort();
        return new CitationStarts(candidates, starts);
    }

    /// <summary>True when a citation may start at <paramref name="position"/>, no reference before it in its clause.</summary>
    public bool IsCitationStart(int position, int floor) => position >= floor && _citationStarts.Contains(position);

    /// <summary>The first candidate at or after <paramref name="from"/>, or <see cref="int.MaxValue"/>.</summary>
    public int Next(int from)
    {
        var index = _candidates.BinarySearch(from);
        if (index < 0)
        {
            index = ~index;
        }

        return index < _candidates.Count ? _candidates[index] : int.MaxValue;
    }

    /// <summary>True when white space follows <paramref name="position"/>, after any closing quotation marks.</summary>
    private static bool FollowedBySpace(string text, int position)
    {
        while (position < text.Length && text[position] is '”' or '’' or '"' or '\'')
        {
            position++;
        }

        return position < text.Length && char.IsWhiteSpace(text[position]);
    }

    private static int Skip(string text, int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] is '[' or '(' or '”' or '’' or '"'))
        {
            position++;
        }

        return position;
    }

}

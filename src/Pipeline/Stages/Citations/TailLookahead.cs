namespace Pipeline.Stages.Citations;

/// <summary>
/// The first characters of what follows the cursor of a reference tail: the first one that is not
/// white space (<see cref="Lead"/>), and the first after that white space, one separator (comma, full
/// stop or colon) and more white space (<see cref="Word"/>). Every tail pattern starts with such
/// white space and separators and then needs a particular character, so testing these two rules
/// out most patterns before the regex engine is entered; the patterns still decide every match.
/// </summary>
internal readonly record struct TailLookahead(char Lead, char Word)
{
    /// <summary>Stands for the end of the text.</summary>
    public const char End = '\0';

    public static TailLookahead At(string text, int position)
    {
        position = SkipWhiteSpace(text, position);
        var lead = position < text.Length ? text[position] : End;
        if (lead is ',' or '.' or ':')
        {
            position = SkipWhiteSpace(text, position + 1);
        }

        return new TailLookahead(lead, position < text.Length ? text[position] : End);
    }

    /// <summary>The word starts with a digit or with <paramref name="letter"/>.</summary>
    public bool WordIsDigitOr(char letter) => Word == letter || char.IsDigit(Word);

    private static int SkipWhiteSpace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}

namespace Pipeline.Stages.Dehyphenation;

/// <summary>A spelling word list: does a word exist in the language? Implementations must be thread-safe.</summary>
public interface IWordList
{
    /// <summary>True when the word, as written (case included), is a word of the language.</summary>
    bool Contains(string word);
}

using System.Collections.Immutable;

namespace Pipeline.Model;

/// <summary>
/// The recognised text of an image: paragraphs in reading order, each made of lines that point to
/// their zone on the image. <see cref="Status"/> and <see cref="Problem"/> say why a figure has no
/// text when it has none.
/// </summary>
public sealed record Transcription(
    TranscriptionStatus Status,
    int ImageWidth,
    int ImageHeight,
    ImmutableArray<TranscribedParagraph> Paragraphs,
    double MeanConfidence,
    ReadingTextSource ReadingText,
    string? Problem);

/// <summary>A paragraph of recognised text, its lines in reading order.</summary>
public sealed record TranscribedParagraph(ImmutableArray<TranscribedLine> Lines);

/// <summary>
/// One recognised line after reflow: its text, its box in image pixels and the engine's confidence
/// (0–1). <see cref="ContinuesWord"/> is true when the previous line ended in a syllable hyphen that
/// de-hyphenation removed, so the line starts mid-word (TEI <c>lb break="no"</c>).
/// </summary>
public sealed record TranscribedLine(string Text, PixelBox Box, double Confidence, bool ContinuesWord);

/// <summary>A rectangle in image pixels, left/top inclusive, right/bottom exclusive.</summary>
public readonly record struct PixelBox(int Left, int Top, int Right, int Bottom);

public enum TranscriptionStatus
{
    Transcribed,
    NotTranscribed,
}

/// <summary>Where the reading text of a figure lives, so the same words are never encoded twice.</summary>
public enum ReadingTextSource
{
    /// <summary>The recognised paragraphs are the reading text.</summary>
    Ocr,

    /// <summary>The scrape already transcribes the image; the OCR keeps only its zones.</summary>
    Scrape,
}

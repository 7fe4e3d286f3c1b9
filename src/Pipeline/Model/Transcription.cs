using System.Collections.Immutable;

namespace Pipeline.Model;

/// <summary>
/// The recognised text of an image: paragraphs in reading order, each made of lines that point to
/// their zone on the image. <see cref="Status"/> says why a figure has no text when it has none.
/// </summary>
public sealed record Transcription(
    TranscriptionStatus Status,
    int ImageWidth,
    int ImageHeight,
    ImmutableArray<TranscribedParagraph> Paragraphs,
    double MeanConfidence,
    string? Problem);

public sealed record TranscribedParagraph(ImmutableArray<TranscribedLine> Lines, string Text);

/// <summary>One recognised line: its text, its box in image pixels, and Tesseract's confidence (0–100).</summary>
public sealed record TranscribedLine(string Text, int Left, int Top, int Right, int Bottom, double Confidence);

public enum TranscriptionStatus
{
    Transcribed,
    NotTranscribed,
}

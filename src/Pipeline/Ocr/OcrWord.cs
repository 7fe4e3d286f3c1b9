using Pipeline.Model;

namespace Pipeline.Ocr;

/// <summary>One recognised word: its text, its box in image pixels and the engine's confidence (0–1).</summary>
public sealed record OcrWord(string Text, PixelBox Box, double Confidence);

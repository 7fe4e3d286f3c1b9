namespace Pipeline.Stages.PageFurniture;

/// <summary>One of the leading lines of a page: which block, which line of it, its source line and its text.</summary>
internal sealed record PageStartLine(int BlockIndex, int LineIndex, int SourceLine, string Text);

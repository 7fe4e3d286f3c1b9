using Pipeline.Diagnostics;

namespace Pipeline.Writing.Html;

/// <summary>
/// A diagnostic and where the page shows it: the id of the page element that holds its source line
/// (<see cref="Anchor"/>), or why it has none (<see cref="Unplaced"/>; a line-0 diagnostic concerns the
/// whole document). <see cref="Near"/> is true when no element holds the line (text a stage dropped,
/// such as a running head) and the anchor is the first element after it.
/// </summary>
public sealed record PlacedDiagnostic(Diagnostic Diagnostic, string? Anchor, bool Near, string? Unplaced)
{
    public static PlacedDiagnostic WholeDocument(Diagnostic diagnostic) => new(diagnostic, null, false, "concerns the whole document");

    public static PlacedDiagnostic NotPlaced(Diagnostic diagnostic, string reason) => new(diagnostic, null, false, reason);
}

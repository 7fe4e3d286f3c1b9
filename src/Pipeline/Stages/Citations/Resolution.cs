using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>
/// What a note's reference was resolved to. <see cref="Work"/> is the full reference that names the
/// work (itself, or the one a short form or ibid points back to).
/// </summary>
internal sealed record Resolution(
    NoteReference Reference,
    BibliographicReference Parts,
    MatchStrength Strength,
    string? BibliographyId,
    string Reason,
    NoteReference? Work)
{
    public bool IsResolved => BibliographyId is not null;
}

namespace Pipeline.Archive.BagIt;

/// <summary>How much of a bag <see cref="BagVerifier"/> checks, from the cheapest to the whole of RFC 8493's validity.</summary>
internal enum BagVerifyMode
{
    /// <summary>Complete, and every checksum of every manifest matches.</summary>
    Full,

    /// <summary>Complete only: every listed file present, none unlisted, Payload-Oxum right; no file is read.</summary>
    CompletenessOnly,

    /// <summary>Payload-Oxum only: the payload's octet and file counts against bag-info.txt.</summary>
    Fast,
}

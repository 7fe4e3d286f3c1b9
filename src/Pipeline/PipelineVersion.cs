using System.Reflection;

namespace Pipeline;

/// <summary>
/// Which pipeline produced an output. <see cref="Text"/> is the release for people (bag-info, reports);
/// <see cref="Build"/> also names the exact build of the library, so an incremental run redoes every
/// document after the conversion code changes, even when the release number does not.
/// </summary>
internal static class PipelineVersion
{
    private static readonly Assembly Library = typeof(PipelineVersion).Assembly;

    /// <summary>The release, e.g. <c>0.1.0</c>, with the source revision when the build recorded one.</summary>
    public static string Text { get; } =
        Library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? Library.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>The release without the source revision (<c>+commit</c>), e.g. <c>0.1.0</c>, as the TEI header names it.</summary>
    public static string Release { get; } = Text.Split('+')[0];

    /// <summary>The release plus the library's module version id (content-derived in deterministic builds).</summary>
    public static string Build { get; } = $"{Text} ({Library.ManifestModule.ModuleVersionId:N})";
}

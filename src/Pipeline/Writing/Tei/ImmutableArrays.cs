using System.Collections.Immutable;

namespace Pipeline.Writing.Tei;

/// <summary>A default (uninitialised) immutable array reads as empty, so a half-built model never crashes the writer.</summary>
internal static class ImmutableArrays
{
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> items) => items.IsDefault ? [] : items;
}

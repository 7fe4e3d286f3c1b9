using System.Collections.Immutable;
using System.Reflection;
using Pipeline.Batch;
using Pipeline.Conversion;
using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Tests.Batch;

/// <summary>
/// Every conversion setting that shapes the output is in the incremental fingerprint, setting by setting:
/// the options records are walked, so a setting added later fails here until it is fingerprinted or
/// named below as not shaping the output.
/// </summary>
public sealed class SettingsFingerprintTests
{
    /// <summary>Settings that do not change a document's output: where caches live, and what the converter sets per document.</summary>
    private static readonly string[] NotShapingOutput =
    [
        "Pipeline.FigureOcr.CacheDirectory",
        "Pipeline.FigureOcr.UseCache",
        "Tei.SourceFileName",
        "Tei.ImageBaseUrl",
    ];

    public static TheoryData<string> Settings()
    {
        var data = new TheoryData<string>();
        foreach (var path in LeafSettings(typeof(ConversionOptions), "").Where(p => !NotShapingOutput.Contains(p)))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Of_ChangingOneSetting_ChangesTheFingerprint(string path)
    {
        var changed = new ConversionOptions();
        Change(changed, path);

        Assert.NotEqual(Fingerprint(new ConversionOptions()), Fingerprint(changed));
    }

    [Fact]
    public void Of_DehyphenationLanguagesReordered_ChangesTheFingerprint()
    {
        var reordered = new ConversionOptions
        {
            Pipeline = new() { Dehyphenation = new DehyphenationOptions { Languages = ["en_US", "en_GB"] } },
        };

        Assert.NotEqual(Fingerprint(new ConversionOptions()), Fingerprint(reordered));
    }

    [Fact]
    public void Of_SameSettings_SameFingerprint()
    {
        var a = new ConversionOptions { Pipeline = new() { Dehyphenation = new DehyphenationOptions { Languages = ["de_DE"] } } };
        var b = new ConversionOptions { Pipeline = new() { Dehyphenation = new DehyphenationOptions { Languages = ["de_DE"] } } };

        Assert.Equal(Fingerprint(a), Fingerprint(b));
    }

    [Fact]
    public void Of_EveryExcludedSettingStillExists()
    {
        var all = LeafSettings(typeof(ConversionOptions), "").ToList();

        Assert.All(NotShapingOutput, path => Assert.Contains(path, all));
    }

    private static string Fingerprint(ConversionOptions options)
    {
        using var converter = new DocumentConverter();
        return new TeiConversion(converter, options).Settings;
    }

    /// <summary>The dotted paths of every settable setting under <paramref name="type"/>, options records walked into.</summary>
    private static IEnumerable<string> LeafSettings(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var path = prefix + property.Name;
            if (IsOptionsRecord(property.PropertyType))
            {
                foreach (var inner in LeafSettings(property.PropertyType, path + "."))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    private static bool IsOptionsRecord(Type type) => type.Name.EndsWith("Options", StringComparison.Ordinal) && type.IsClass;

    /// <summary>Sets the setting at <paramref name="path"/> to a value other than its default.</summary>
    private static void Change(object root, string path)
    {
        var target = root;
        var parts = path.Split('.');
        foreach (var part in parts[..^1])
        {
            target = target.GetType().GetProperty(part)!.GetValue(target)!;
        }

        var property = target.GetType().GetProperty(parts[^1])!;
        property.SetValue(target, Other(property.PropertyType, property.GetValue(target)));
    }

    private static object? Other(Type type, object? value)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(string) => (string?)value + "x",
            _ when underlying == typeof(bool) => !(bool)(value ?? false),
            _ when underlying == typeof(int) => (int)(value ?? 0) + 1,
            _ when underlying == typeof(long) => (long)(value ?? 0L) + 1,
            _ when underlying == typeof(double) => (double)(value ?? 0d) + 0.01,
            _ when underlying == typeof(ImmutableArray<string>) => ((ImmutableArray<string>)value!).Add("de_DE"),
            _ when underlying == typeof(ImmutableArray<Pipeline.Writing.IDocumentWriter>) => Pipeline.Writing.DocumentWriters.WithHtml(),
            _ when underlying == typeof(Pipeline.Model.ArticleMetadata) => new Pipeline.Model.ArticleMetadata { Journal = "Another Journal" },
            { IsEnum: true } => Enum.GetValues(underlying).Cast<object>().First(v => !v.Equals(value)),
            _ => throw new InvalidOperationException($"No other value known for a setting of type {type}; teach this test one."),
        };
    }
}

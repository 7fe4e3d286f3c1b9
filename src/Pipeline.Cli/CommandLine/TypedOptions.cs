using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Pipeline.Cli.CommandLine;

/// <summary>
/// Options with typed values whose parse errors speak plainly ("--jobs takes a whole number of 1 or
/// more, not 'abc'") instead of naming a .NET type.
/// </summary>
internal static class TypedOptions
{
    /// <summary>A whole-number option no smaller than <paramref name="minimum"/>; null when not given and no default.</summary>
    public static Option<int?> Whole(string name, string description, int minimum, int? defaultValue = null, params string[] aliases)
    {
        var option = new Option<int?>(name, aliases)
        {
            Description = description,
            HelpName = "N",
            CustomParser = result => ParseWhole(result, name, minimum),
        };
        if (defaultValue is { } value)
        {
            option.DefaultValueFactory = _ => value;
        }

        return option;
    }

    /// <summary>A decimal-number option above (or, with <paramref name="allowZero"/>, at least) zero.</summary>
    public static Option<double> Positive(string name, string description, double defaultValue, string helpName, bool allowZero = false)
    {
        return new Option<double>(name)
        {
            Description = description,
            HelpName = helpName,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var text = Single(result);
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    && double.IsFinite(number) && (allowZero ? number >= 0 : number > 0))
                {
                    return number;
                }

                result.AddError($"{name} takes a number {(allowZero ? "of 0 or more" : "above 0")}, not '{text}'.");
                return defaultValue;
            },
        };
    }

    private static int? ParseWhole(ArgumentResult result, string name, int minimum)
    {
        var text = Single(result);
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= minimum)
        {
            return number;
        }

        result.AddError($"{name} takes a whole number of {minimum} or more, not '{text}'.");
        return null;
    }

    private static string Single(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
}

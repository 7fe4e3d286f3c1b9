using System.Xml;
using System.Xml.Schema;

namespace Pipeline.Validation;

/// <summary>
/// A schema check of one TEI file made while it is written, so a valid file need not be parsed again.
/// It only answers whether the file is certainly valid: <see cref="Passed"/> is true when every call the
/// writer made was checked and raised no schema event. Anything it cannot follow exactly (raw XML, entity
/// references, a bound of <see cref="InputLimits"/> reached) makes it false; the caller then validates the
/// written bytes with <see cref="TeiValidator.Validate"/>, which gives the issues with their lines and columns.
/// One instance checks one file.
/// </summary>
public sealed class TeiSchemaCheck
{
    private readonly XmlSchemaSet _schemas;
    private readonly InputLimits _limits;
    private bool _used;

    internal TeiSchemaCheck(XmlSchemaSet schemas, InputLimits limits)
    {
        _schemas = schemas;
        _limits = limits;
    }

    /// <summary>True when the file written through <see cref="Wrap"/> was completed and is valid.</summary>
    public bool Passed { get; private set; }

    /// <summary>
    /// A writer that writes to <paramref name="inner"/> and checks what it writes. Disposing it leaves
    /// <paramref name="inner"/> open. The check ends with <see cref="XmlWriter.WriteEndDocument"/>.
    /// </summary>
    public XmlWriter Wrap(XmlWriter inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (_used)
        {
            throw new InvalidOperationException("A schema check checks one file only.");
        }

        _used = true;
        return new SchemaCheckingXmlWriter(inner, _schemas, _limits, passed => Passed = passed);
    }
}

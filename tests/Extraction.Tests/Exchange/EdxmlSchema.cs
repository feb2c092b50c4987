using System.Xml.Linq;
using System.Xml.Schema;
using Extraction.Exchange;

namespace Extraction.Tests.Exchange;

/// <summary>schema/edxml/edxml.xsd, for validating what the exporter writes.</summary>
internal static class EdxmlSchema
{
    private static readonly XmlSchemaSet Schemas = Load();

    /// <summary>Every validation error, as "line: message"; empty when the document is valid.</summary>
    public static IReadOnlyList<string> Errors(string edxmlPath)
    {
        var errors = new List<string>();
        var document = XDocument.Load(edxmlPath, LoadOptions.SetLineInfo);
        document.Validate(Schemas, (_, e) => errors.Add($"{e.Exception?.LineNumber}: {e.Message}"));
        return errors;
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet();
        set.Add(Edxml.Namespace.NamespaceName, Path.Combine(TestCorpus.Root, "schema", "edxml", "edxml.xsd"));
        set.Compile();
        return set;
    }
}

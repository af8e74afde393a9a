using System.Text;
using System.Xml;
using NodaTime;
using NodaTime.Text;
using Parley.Core.Families;
using Parley.Server.Live;

namespace Parley.Server.Family;

/// <summary>
/// One person's private Atom feed (RFC 4287): an entry per change of status, newest first. Its ids and links name the
/// capability only (never the code, a person id or the exchange); the feed is as private as its URL.
/// </summary>
public static class FamilyFeed
{
    public static byte[] Atom(FamilyView view, string capability, string baseUrl, string language, IReadOnlyList<FamilyStep> steps)
    {
        var self = $"{baseUrl.TrimEnd('/')}/family/feed/{capability}.atom";
        var id = "urn:parley:family:" + ReceiptCode.FeedLookupOf(capability)[..32];
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", FeedRenderer.AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("id", FeedRenderer.AtomNamespace, id);
            xml.WriteElementString("title", FeedRenderer.AtomNamespace, Texts.Get("family.title", language));
            xml.WriteElementString("updated", FeedRenderer.AtomNamespace, Rfc3339(steps.Count > 0 ? steps[^1].At : Instant.FromUnixTimeSeconds(0)));
            xml.WriteStartElement("link", FeedRenderer.AtomNamespace);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("href", $"{self}?lang={language}");
            xml.WriteAttributeString("type", "application/atom+xml");
            xml.WriteEndElement();
            xml.WriteStartElement("author", FeedRenderer.AtomNamespace);
            xml.WriteElementString("name", FeedRenderer.AtomNamespace, "Parley");
            xml.WriteEndElement();
            for (var i = view.History.Count - 1; i >= 0; i--)
            {
                var line = view.History[i];
                xml.WriteStartElement("entry", FeedRenderer.AtomNamespace);
                xml.WriteElementString("id", FeedRenderer.AtomNamespace, $"{id}:{line.Sequence}");
                xml.WriteElementString("title", FeedRenderer.AtomNamespace, line.Text);
                xml.WriteElementString("updated", FeedRenderer.AtomNamespace, Rfc3339(steps[i].At));
                xml.WriteStartElement("category", FeedRenderer.AtomNamespace);
                xml.WriteAttributeString("term", line.Status.ToWord());
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }

    private static string Rfc3339(Instant at) => InstantPattern.ExtendedIso.Format(at);
}

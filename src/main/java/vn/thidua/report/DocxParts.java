package vn.thidua.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A .docx as the zip of parts it is: the text stories a template fills (the main document, its
 * headers and footers, found by their content types) are parsed; every other part (styles, fonts,
 * numbering, settings, theme, relationships) is copied byte for byte.
 *
 * <p>Why not POI's {@code XWPFDocument}: opening one parses and wraps every part, and writing it
 * serialises every part again; a pack writes five documents from three templates, and that round
 * trip of parts the template never changes was most of the time of the pack (bench/RESULTS.md).
 */
final class DocxParts {

    private static final String MAIN = "wordprocessingml.document.main+xml";
    private static final String MAIN_TEMPLATE = "wordprocessingml.template.main+xml";
    private static final String MAIN_MACRO = "ms-word.document.macroEnabled.main+xml";
    private static final String HEADER = "wordprocessingml.header+xml";
    private static final String FOOTER = "wordprocessingml.footer+xml";

    /** A story part parsed: its zip entry name and its root, the w:body or w:hdr / w:ftr to fill. */
    record Story(String part, XmlObject document, XmlObject scope) {
    }

    /**
     * POI's options for reading, with one SAX reader per thread kept for every parse: XMLBeans
     * otherwise configures a new reader (parser factory, security features) for each part, a sixth
     * of the time of reading the stories. The reader is made as XMLBeans makes it, secure processing
     * and no DOCTYPE included.
     */
    private static final ThreadLocal<XmlOptions> LOAD = ThreadLocal.withInitial(() -> {
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        try {
            options.setLoadUseXMLReader(org.apache.xmlbeans.impl.common.SAXHelper.newXMLReader(options));
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            // XMLBeans makes its own reader for each parse, as before.
        }
        return options;
    });

    /**
     * POI's options for saving, without "aggressive namespaces": with it XMLBeans walks the whole
     * story once more before writing it, to hoist every namespace to the root. A story parsed from a
     * .docx has its declarations on the root already (Word and POI write them there), so the output
     * is the same bytes (DocxTemplateTest.storiesSaveAsWithPoisOwnOptions), for less of the pack's
     * time with the installed program's client compiler (bench/RESULTS.md). Elsewhere XMLBeans
     * declares a namespace where it is first used: still the same document.
     */
    static final XmlOptions SAVE = saveOptions();

    private static XmlOptions saveOptions() {
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.setSaveAggressiveNamespaces(false);
        return options;
    }

    private final Map<String, byte[]> parts;
    private final Map<String, String> storyKinds;

    private DocxParts(Map<String, byte[]> parts, Map<String, String> storyKinds) {
        this.parts = parts;
        this.storyKinds = storyKinds;
    }

    /** Unzips a .docx; throws IOException when it is not a zip or names no main document. */
    static DocxParts read(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        byte[] types = parts.get("[Content_Types].xml");
        if (types == null) {
            throw new IOException("no [Content_Types].xml");
        }
        Map<String, String> stories = stories(types);
        if (!stories.containsValue(MAIN)) {
            throw new IOException("no main document part");
        }
        return new DocxParts(parts, stories);
    }

    /** The story parts by entry name ("word/document.xml"), with their kind. */
    private static Map<String, String> stories(byte[] contentTypes) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList overrides = f.newDocumentBuilder().parse(new ByteArrayInputStream(contentTypes))
                    .getElementsByTagNameNS("*", "Override");
            for (int i = 0; i < overrides.getLength(); i++) {
                Element o = (Element) overrides.item(i);
                String type = o.getAttribute("ContentType");
                String part = o.getAttribute("PartName").replaceFirst("^/", "");
                if (type.endsWith(MAIN) || type.endsWith(MAIN_TEMPLATE) || type.endsWith(MAIN_MACRO)) {
                    out.put(part, MAIN);
                } else if (type.endsWith(HEADER)) {
                    out.put(part, HEADER);
                } else if (type.endsWith(FOOTER)) {
                    out.put(part, FOOTER);
                }
            }
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(e);
        }
        return out;
    }

    /** Parses the story parts afresh: each call gives new trees to change. */
    List<Story> stories() throws IOException {
        List<Story> out = new ArrayList<>();
        for (Map.Entry<String, String> s : storyKinds.entrySet()) {
            byte[] xml = parts.get(s.getKey());
            if (xml == null) {
                continue;
            }
            try (InputStream in = new ByteArrayInputStream(xml)) {
                out.add(switch (s.getValue()) {
                    case MAIN -> {
                        DocumentDocument d = DocumentDocument.Factory.parse(in, LOAD.get());
                        yield new Story(s.getKey(), d, d.getDocument().getBody());
                    }
                    case HEADER -> {
                        HdrDocument d = HdrDocument.Factory.parse(in, LOAD.get());
                        yield new Story(s.getKey(), d, d.getHdr());
                    }
                    default -> {
                        FtrDocument d = FtrDocument.Factory.parse(in, LOAD.get());
                        yield new Story(s.getKey(), d, d.getFtr());
                    }
                });
            } catch (XmlException e) {
                throw new IOException(e);
            }
        }
        // The main document first: its blocks are what a template is mostly made of.
        out.sort((a, b) -> Boolean.compare(!MAIN.equals(storyKinds.get(a.part())), !MAIN.equals(storyKinds.get(b.part()))));
        return out;
    }

    /**
     * Writes the .docx: the filled stories in place of their parts, the other parts as read, in
     * the order read (so [Content_Types].xml stays first). Fast compression: the parts are small
     * and the pack is waited for; the files stay a few kilobytes.
     */
    void write(List<Story> filled, OutputStream out) throws IOException {
        Map<String, XmlObject> byPart = new LinkedHashMap<>();
        filled.forEach(s -> byPart.put(s.part(), s.document()));
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            zip.putNextEntry(new ZipEntry(p.getKey()));
            XmlObject story = byPart.get(p.getKey());
            if (story == null) {
                zip.write(p.getValue());
            } else {
                ByteArrayOutputStream xml = new ByteArrayOutputStream(p.getValue().length + 4096);
                story.save(xml, SAVE);
                xml.writeTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
    }
}

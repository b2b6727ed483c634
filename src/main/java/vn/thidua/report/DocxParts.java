package vn.thidua.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A .docx as the zip of parts it is: the text stories a template fills (the main document, its
 * headers and footers, found by their content types) are parsed once into the JDK's DOM and copied
 * for every document written; every other part (styles, fonts, numbering, settings, theme,
 * relationships) is copied byte for byte.
 *
 * <p>Why not POI's {@code XWPFDocument}: opening one parses and wraps every part, and writing it
 * serialises every part again; a pack writes five documents from three templates, and that round
 * trip of parts the template never changes was most of the time of the pack. Why not XMLBeans for
 * the stories either: its cursors and its saver were most of what was left, and under the installed
 * program's client compiler its saver's namespace lookups alone were a tenth of the pack
 * (bench/RESULTS.md). The stories are written by {@link XmlText}: the same document POI would save
 * (DocxTemplateTest.storiesWriteTheDocumentPoiWrites).
 */
final class DocxParts {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String MAIN = "wordprocessingml.document.main+xml";
    private static final String MAIN_TEMPLATE = "wordprocessingml.template.main+xml";
    private static final String MAIN_MACRO = "ms-word.document.macroEnabled.main+xml";
    private static final String HEADER = "wordprocessingml.header+xml";
    private static final String FOOTER = "wordprocessingml.footer+xml";

    /** A story part's copy: its zip entry name, its document and the w:body or w:hdr / w:ftr to fill. */
    record Story(String part, Document document, Element scope) {
    }

    private static final DocumentBuilderFactory FACTORY = factory();

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses secure processing", e);
        }
        return f;
    }

    static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilder b;
            synchronized (FACTORY) {
                b = FACTORY.newDocumentBuilder();
            }
            // Errors are thrown, not printed on stderr as the default handler does.
            b.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(e);
        }
    }

    private final Map<String, byte[]> parts;
    /** The story parts as read, by entry name, main document first; only ever copied, never changed. */
    private final Map<String, Parsed> stories;

    private record Parsed(Document document, String kind) {
    }

    private DocxParts(Map<String, byte[]> parts, Map<String, Parsed> stories) {
        this.parts = parts;
        this.stories = stories;
    }

    /** Unzips a .docx and parses its stories; throws IOException when it is not a zip or names no main document. */
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
        Map<String, String> kinds = kinds(types);
        if (!kinds.containsValue(MAIN)) {
            throw new IOException("no main document part");
        }
        Map<String, Parsed> stories = new LinkedHashMap<>();
        // The main document first: its blocks are what a template is mostly made of.
        for (boolean main : new boolean[] {true, false}) {
            for (Map.Entry<String, String> k : kinds.entrySet()) {
                byte[] xml = parts.get(k.getKey());
                if (xml != null && main == k.getValue().equals(MAIN)) {
                    Document d = parse(xml);
                    scope(d, k.getValue());
                    stories.put(k.getKey(), new Parsed(d, k.getValue()));
                }
            }
        }
        return new DocxParts(parts, stories);
    }

    /** The story parts by entry name ("word/document.xml"), with their kind. */
    private static Map<String, String> kinds(byte[] contentTypes) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        NodeList overrides = parse(contentTypes).getElementsByTagNameNS("*", "Override");
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
        return out;
    }

    /** The element a template fills: the main document's w:body, a header's w:hdr, a footer's w:ftr. */
    private static Element scope(Document d, String kind) throws IOException {
        Element root = d.getDocumentElement();
        String expected = switch (kind) {
            case MAIN -> "document";
            case HEADER -> "hdr";
            default -> "ftr";
        };
        if (!W.equals(root.getNamespaceURI()) || !expected.equals(root.getLocalName())) {
            throw new IOException("unexpected root " + root.getNodeName());
        }
        if (!kind.equals(MAIN)) {
            return root;
        }
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && W.equals(e.getNamespaceURI()) && "body".equals(e.getLocalName())) {
                return e;
            }
        }
        throw new IOException("no w:body");
    }

    /** Copies of the story parts: each call gives new trees to change. */
    List<Story> stories() throws IOException {
        List<Story> out = new ArrayList<>();
        for (Map.Entry<String, Parsed> s : stories.entrySet()) {
            Document original = s.getValue().document();
            Document copy;
            // The JDK's DOM promises nothing to concurrent readers; a writer is shared by the program's threads.
            synchronized (original) {
                copy = (Document) original.cloneNode(true);
            }
            out.add(new Story(s.getKey(), copy, scope(copy, s.getValue().kind())));
        }
        return out;
    }

    /**
     * Writes the .docx: the filled stories in place of their parts, the other parts as read, in
     * the order read (so [Content_Types].xml stays first). Fast compression: the parts are small
     * and the pack is waited for; the files stay a few kilobytes.
     */
    void write(List<Story> filled, OutputStream out) throws IOException {
        Map<String, Document> byPart = new LinkedHashMap<>();
        filled.forEach(s -> byPart.put(s.part(), s.document()));
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            zip.putNextEntry(new ZipEntry(p.getKey()));
            Document story = byPart.get(p.getKey());
            zip.write(story == null ? p.getValue() : XmlText.bytes(story));
            zip.closeEntry();
        }
        zip.finish();
    }
}

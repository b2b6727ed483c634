package vn.thidua.report;

import java.nio.charset.StandardCharsets;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A DOM document as the bytes of a Word part: UTF-8, the declaration POI's saver writes, every element,
 * attribute and namespace declaration where the tree has it, with the prefix it has. Nothing is
 * looked up: the parser gave every node its prefix and declarations, and what the template adds is
 * made with the prefix of its neighbour ({@link DocxTemplate}).
 *
 * <p>Escaping as XMLBeans does it: '&amp;' and '&lt;' in text, '&gt;' after "]]"; in attribute values
 * also the quote, and tab, line feed and carriage return as character references so a reader gets
 * them back. A character XML cannot hold (a control character pasted from elsewhere) is written '?',
 * so a value never makes a part Word refuses.
 */
final class XmlText {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private XmlText() {
    }

    static byte[] bytes(Document d) {
        StringBuilder out = new StringBuilder(32 * 1024);
        out.append(DECLARATION);
        for (Node n = d.getFirstChild(); n != null; n = n.getNextSibling()) {
            node(n, out);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void node(Node n, StringBuilder out) {
        switch (n.getNodeType()) {
            case Node.ELEMENT_NODE -> element(n, out);
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text(n.getNodeValue(), out);
            case Node.COMMENT_NODE -> out.append("<!--").append(n.getNodeValue()).append("-->");
            case Node.PROCESSING_INSTRUCTION_NODE -> out.append("<?").append(n.getNodeName()).append(' ')
                    .append(n.getNodeValue()).append("?>");
            default -> {
                for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                    node(c, out);
                }
            }
        }
    }

    private static void element(Node e, StringBuilder out) {
        String name = e.getNodeName();
        out.append('<').append(name);
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            Attr a = (Attr) attributes.item(i);
            out.append(' ').append(a.getName()).append("=\"");
            attribute(a.getValue(), out);
            out.append('"');
        }
        Node child = e.getFirstChild();
        if (child == null) {
            out.append("/>");
            return;
        }
        out.append('>');
        for (; child != null; child = child.getNextSibling()) {
            node(child, out);
        }
        out.append("</").append(name).append('>');
    }

    private static void text(String s, StringBuilder out) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append(i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']' ? "&gt;" : ">");
                default -> out.append(bad(c) ? '?' : c);
            }
        }
    }

    private static void attribute(String s, StringBuilder out) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(bad(c) ? '?' : c);
            }
        }
    }

    /** Not a character of XML 1.0 (surrogates pass: a pair is a character, written as its two halves). */
    private static boolean bad(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0xFFFE || c == 0xFFFF;
    }
}

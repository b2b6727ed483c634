package vn.thidua.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import javax.xml.XMLConstants;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A .docx with placeholders, filled from a model of strings, maps and lists. The syntax (see
 * docs/report-templates.md) is small on purpose, so a secretary can edit a copy in Word:
 * <ul>
 *   <li>{@code {{bloc.name}}}: replaced by the value, in the formatting of the run that holds "{{";
 *       a '\n' in the value becomes a line break;</li>
 *   <li>a table row holding {@code {{#candidates}}} is repeated once per item of that list, and
 *       {@code {{candidate.votes}}} in it names the item's fields (the item name comes with the list);</li>
 *   <li>a paragraph that is exactly {@code {{#x}}} opens a block closed by a paragraph {@code {{/x}}}:
 *       repeated per item when x is a list, kept only when x is present otherwise;
 *       {@code {{^x}}} … {@code {{/x}}} is kept only when x is absent or empty;</li>
 *   <li>{@code {{?x}}} anywhere in a paragraph drops that paragraph when x is absent or empty.</li>
 * </ul>
 * Word often splits "{{bloc.name}}" over several runs after an edit; the runs are joined first.
 * It works on the stories' XML (the JDK's DOM, not POI's paragraph objects) so copied rows and blocks
 * need no re-reading; what the tags mean is {@link TemplateModel}'s, the zip of parts {@link DocxParts}'s.
 */
public final class DocxTemplate {

    private static final String W = DocxParts.W;

    private final DocxParts parts;
    private final String name;

    private DocxTemplate(DocxParts parts, String name) {
        this.parts = parts;
        this.name = name;
    }

    /** Reads a template; {@code name} is how error messages refer to it (a file name). */
    public static DocxTemplate read(InputStream in, String name) {
        try {
            byte[] bytes = in.readAllBytes();
            // POI's reader decides what a .docx is: a file it cannot open is refused here, once.
            new XWPFDocument(new ByteArrayInputStream(bytes)).close();
            return new DocxTemplate(DocxParts.read(bytes), name);
        } catch (IOException | RuntimeException e) {
            throw new ReportException(e, "report.template.unreadable", name);
        }
    }

    public static DocxTemplate read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ReportException(e, "report.template.unreadable", file.toString());
        }
    }

    public String name() {
        return name;
    }

    /** Every tag the template holds, as written without braces: "bloc.name", "#candidates" … */
    public Set<String> tags() {
        Set<String> tags = new TreeSet<>();
        try {
            for (DocxParts.Story story : parts.stories()) {
                joinSplitTags(story.scope());
                for (Element p : descendants(story.scope(), "p")) {
                    tags.addAll(TemplateModel.tagNames(text(p)));
                }
            }
        } catch (IOException e) {
            throw new ReportException(e, "report.template.unreadable", name);
        }
        return tags;
    }

    /** Fills the template from {@code model} and writes the .docx to {@code out}. */
    public void render(Map<String, ?> model, OutputStream out) {
        TemplateModel values = new TemplateModel(model, name);
        try {
            List<DocxParts.Story> stories = parts.stories();
            for (DocxParts.Story story : stories) {
                Element scope = story.scope();
                joinSplitTags(scope);
                expandBlocks(scope, values);
                expandRows(scope, values);
                fillParagraphs(scope, values);
                repair(scope);
            }
            parts.write(stories, out);
        } catch (IOException e) {
            throw new ReportException(e, "report.write.failed", name);
        }
    }

    // ---- names: the parser interns names and namespaces, so these compare by identity first

    private static boolean is(Node n, String localName) {
        return n.getNodeType() == Node.ELEMENT_NODE && localName.equals(n.getLocalName()) && W.equals(n.getNamespaceURI());
    }

    /** A new w:x element, with the prefix its neighbour has (the story's own, declared on its root). */
    private static Element newElement(Node neighbour, String localName) {
        String prefix = neighbour.getPrefix();
        return neighbour.getOwnerDocument().createElementNS(W, prefix == null ? localName : prefix + ":" + localName);
    }

    // ---- text atoms: the w:t elements of one paragraph, in order

    /** The w:t of the paragraph's runs, also those inside hyperlinks, fields and content controls. */
    private static List<Element> atoms(Element p) {
        List<Element> atoms = new ArrayList<>();
        atoms(p, atoms);
        return atoms;
    }

    private static void atoms(Node parent, List<Element> atoms) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            if (is(child, "r")) {
                for (Node t = child.getFirstChild(); t != null; t = t.getNextSibling()) {
                    if (is(t, "t")) {
                        atoms.add((Element) t);
                    }
                }
            } else if (!is(child, "p") && !is(child, "tbl")) {
                atoms(child, atoms);
            }
        }
    }

    private static String text(Element p) {
        StringBuilder sb = new StringBuilder();
        for (Element t : atoms(p)) {
            sb.append(t.getTextContent());
        }
        return sb.toString();
    }

    private static void setText(Element t, String value) {
        String[] lines = value.split("\n", -1);
        t.setTextContent(lines[0]);
        t.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
        Node parent = t.getParentNode();
        Node next = t.getNextSibling();
        for (int i = 1; i < lines.length; i++) {
            parent.insertBefore(newElement(t, "br"), next);
            Element line = newElement(t, "t");
            line.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
            line.setTextContent(lines[i]);
            parent.insertBefore(line, next);
        }
    }

    /** Moves each "{{…}}" that straddles atoms into the atom where it starts. */
    private static void joinSplitTags(Element scope) {
        for (Element p : descendants(scope, "p")) {
            List<Element> atoms = atoms(p);
            while (atoms.size() > 1 && joinFirstSplitTag(atoms)) {
                // repeat until every tag sits in one atom
            }
        }
    }

    private static boolean joinFirstSplitTag(List<Element> atoms) {
        int[] starts = new int[atoms.size() + 1];
        StringBuilder full = new StringBuilder();
        for (int i = 0; i < atoms.size(); i++) {
            starts[i] = full.length();
            full.append(atoms.get(i).getTextContent());
        }
        starts[atoms.size()] = full.length();
        Matcher m = TemplateModel.ANY_BRACES.matcher(full);
        while (m.find()) {
            int a = atomAt(starts, m.start());
            int b = atomAt(starts, m.end() - 1);
            if (a == b) {
                continue;
            }
            String first = atoms.get(a).getTextContent();
            setText(atoms.get(a), first.substring(0, m.start() - starts[a]) + m.group());
            for (int i = a + 1; i < b; i++) {
                setText(atoms.get(i), "");
            }
            setText(atoms.get(b), atoms.get(b).getTextContent().substring(m.end() - starts[b]));
            return true;
        }
        return false;
    }

    private static int atomAt(int[] starts, int offset) {
        int i = 0;
        while (starts[i + 1] <= offset) {
            i++;
        }
        return i;
    }

    // ---- blocks: {{#x}} … {{/x}} as paragraphs of their own

    private void expandBlocks(Element scope, TemplateModel values) {
        Block block;
        while ((block = nextBlock(scope)) != null) {
            Object value = values.resolve(block.open.path());
            if (block.open.kind() == '#' && value instanceof TemplateModel.Items items) {
                for (int k = 0; k < items.items().size(); k++) {
                    for (Element node : block.content) {
                        Element copy = copyBefore(node, block.close);
                        rewrite(copy, items.itemName(), block.open.path() + "." + k);
                    }
                }
                block.content.forEach(DocxTemplate::remove);
            } else if (TemplateModel.truthy(value) == (block.open.kind() == '^')) {
                block.content.forEach(DocxTemplate::remove);
            }
            remove(block.openParagraph);
            remove(block.close);
        }
    }

    private record Block(Element openParagraph, TemplateModel.Tag open, Element close, List<Element> content) {
    }

    private Block nextBlock(Element scope) {
        for (Element o : descendants(scope, "p")) {
            Optional<TemplateModel.Tag> tag = TemplateModel.alone(text(o)).filter(TemplateModel.Tag::opens);
            if (tag.isEmpty()) {
                continue;
            }
            String path = tag.get().path();
            List<Element> content = new ArrayList<>();
            int depth = 0;
            for (Node sibling = o.getNextSibling(); sibling != null; sibling = sibling.getNextSibling()) {
                if (sibling.getNodeType() != Node.ELEMENT_NODE) {
                    continue;
                }
                if (is(sibling, "p")) {
                    Optional<TemplateModel.Tag> s = TemplateModel.alone(text((Element) sibling))
                            .filter(t -> t.path().equals(path));
                    if (s.isPresent()) {
                        if (s.get().kind() == '/' && depth == 0) {
                            return new Block(o, tag.get(), (Element) sibling, content);
                        }
                        depth += s.get().kind() == '/' ? -1 : 1;
                    }
                }
                content.add((Element) sibling);
            }
            // An unclosed {{#x}} or {{^x}} in a table cell marks a row; anywhere else it is a mistake.
            if (!is(o.getParentNode(), "tc")) {
                throw new ReportException("report.template.unclosedBlock", name, "{{" + tag.get().kind() + path + "}}");
            }
        }
        return null;
    }

    // ---- rows: a table row holding {{#x}} in one of its own cells

    private void expandRows(Element scope, TemplateModel values) {
        // One pass over the rows as they are now: blocks are already expanded, a row's copies lose
        // its marker, so no row made here needs looking at again (a rescan per row was quadratic).
        Set<Node> tables = new LinkedHashSet<>();
        for (Element row : descendants(scope, "tr")) {
            Optional<TemplateModel.Tag> marker = rowMarker(row);
            if (marker.isEmpty()) {
                continue;
            }
            tables.add(row.getParentNode());
            TemplateModel.Tag m = marker.get();
            Object value = values.resolve(m.path());
            if (m.kind() == '#' && value instanceof TemplateModel.Items items) {
                for (int k = 0; k < items.items().size(); k++) {
                    Element copy = copyBefore(row, row);
                    replaceLiteral(copy, m.text(), "");
                    rewrite(copy, items.itemName(), m.path() + "." + k);
                }
                remove(row);
            } else if (TemplateModel.truthy(value) == (m.kind() == '#')) {
                replaceLiteral(row, m.text(), "");
            } else {
                remove(row);
            }
        }
        // A template keeps a table's rows together with w:keepNext in its repeated row; the last row
        // made from it must not keep with what follows the table, or a chain of kept tables and
        // headings moves whole sections to the next page.
        for (Node table : tables) {
            Node last = table.getLastChild();
            while (last != null && !is(last, "tr")) {
                last = last.getPreviousSibling();
            }
            if (last != null) {
                descendants((Element) last, "keepNext").forEach(DocxTemplate::remove);
            }
        }
    }

    private static Optional<TemplateModel.Tag> rowMarker(Element row) {
        for (Node tc = row.getFirstChild(); tc != null; tc = tc.getNextSibling()) {
            if (!is(tc, "tc")) {
                continue;
            }
            for (Node p = tc.getFirstChild(); p != null; p = p.getNextSibling()) {
                if (is(p, "p")) {
                    Optional<TemplateModel.Tag> t = TemplateModel.firstOpening(text((Element) p));
                    if (t.isPresent()) {
                        return t;
                    }
                }
            }
        }
        return Optional.empty();
    }

    // ---- values

    private static void fillParagraphs(Element scope, TemplateModel values) {
        List<Element> dropped = new ArrayList<>();
        for (Element p : descendants(scope, "p")) {
            for (Element t : atoms(p)) {
                String s = t.getTextContent();
                if (!s.contains("{{")) {
                    continue;
                }
                TemplateModel.Filled filled = values.fill(s);
                if (filled.dropParagraph()) {
                    dropped.add(p);
                }
                setText(t, filled.text());
            }
        }
        dropped.stream().distinct().forEach(DocxTemplate::remove);
    }

    /** The w:x elements below {@code scope}, in document order, as a list taken before any change. */
    private static List<Element> descendants(Element scope, String localName) {
        List<Element> out = new ArrayList<>();
        Node n = scope.getFirstChild();
        while (n != null) {
            if (is(n, localName)) {
                out.add((Element) n);
            }
            Node next = n.getFirstChild();
            if (next == null) {
                while (n != scope && (next = n.getNextSibling()) == null) {
                    n = n.getParentNode();
                }
                if (n == scope) {
                    break;
                }
            }
            n = next;
        }
        return out;
    }

    // ---- XML surgery

    /** Copies {@code node} in front of {@code anchor} and returns the copy. */
    private static Element copyBefore(Element node, Element anchor) {
        Element copy = (Element) node.cloneNode(true);
        anchor.getParentNode().insertBefore(copy, anchor);
        return copy;
    }

    private static void remove(Node node) {
        Node parent = node.getParentNode();
        if (parent != null) {
            parent.removeChild(node);
        }
    }

    /** Inside a copy made for item k of list {@code path}, "{{candidate.x}}" becomes "{{candidates.k.x}}". */
    private static void rewrite(Element copy, String itemName, String itemPath) {
        for (Element t : descendants(copy, "t")) {
            String s = t.getTextContent();
            if (s.contains("{{")) {
                t.setTextContent(TemplateModel.rewrite(s, itemName, itemPath));
            }
        }
    }

    private static void replaceLiteral(Element node, String literal, String replacement) {
        for (Element t : descendants(node, "t")) {
            String s = t.getTextContent();
            if (s.contains(literal)) {
                setText(t, s.replace(literal, replacement));
            }
        }
    }

    /** Word refuses a cell without a paragraph and a table without rows; removals can leave either. */
    private static void repair(Element scope) {
        for (Element tbl : descendants(scope, "tbl")) {
            if (!hasChild(tbl, "tr")) {
                remove(tbl);
            }
        }
        for (Element tc : descendants(scope, "tc")) {
            if (!hasChild(tc, "p")) {
                tc.appendChild(newElement(tc, "p"));
            }
        }
    }

    private static boolean hasChild(Element e, String localName) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, localName)) {
                return true;
            }
        }
        return false;
    }
}

package vn.thidua.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

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
 * It works on the XML below POI's paragraph objects so copied rows and blocks need no re-reading.
 */
public final class DocxTemplate {

    /** A list in the model, with the name its items go by inside the repeated row or block. */
    public record Items(String itemName, List<? extends Map<String, ?>> items) {
        public Items {
            items = List.copyOf(items);
        }
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String NS = "declare namespace w='" + W + "' ";
    private static final QName BR = new QName(W, "br");
    private static final QName T = new QName(W, "t");
    private static final QName XML_SPACE = new QName("http://www.w3.org/XML/1998/namespace", "space");
    private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/?]?)\\s*([\\p{L}\\p{N}_.]+)\\s*}}");
    private static final Pattern ANY_BRACES = Pattern.compile("\\{\\{.*?}}");

    private final byte[] bytes;
    private final String name;

    private DocxTemplate(byte[] bytes, String name) {
        this.bytes = bytes;
        this.name = name;
    }

    /** Reads a template; {@code name} is how error messages refer to it (a file name). */
    public static DocxTemplate read(InputStream in, String name) {
        try {
            byte[] bytes = in.readAllBytes();
            new XWPFDocument(new ByteArrayInputStream(bytes)).close();
            return new DocxTemplate(bytes, name);
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
        try (XWPFDocument doc = open()) {
            for (XmlObject scope : scopes(doc)) {
                joinSplitTags(scope);
                for (XmlObject p : scope.selectPath(NS + ".//w:p")) {
                    Matcher m = TAG.matcher(text((CTP) p));
                    while (m.find()) {
                        tags.add(m.group(1) + m.group(2));
                    }
                }
            }
        } catch (IOException e) {
            throw new ReportException(e, "report.template.unreadable", name);
        }
        return tags;
    }

    /** Fills the template from {@code model} and writes the .docx to {@code out}. */
    public void render(Map<String, ?> model, OutputStream out) {
        try (XWPFDocument doc = open()) {
            List<XmlObject> scopes = scopes(doc);
            for (XmlObject scope : scopes) {
                joinSplitTags(scope);
                expandBlocks(scope, model);
                expandRows(scope, model);
                fillParagraphs(scope, model);
                repair(scope);
            }
            doc.write(out);
        } catch (IOException e) {
            throw new ReportException(e, "report.write.failed", name);
        }
    }

    private XWPFDocument open() throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static List<XmlObject> scopes(XWPFDocument doc) {
        List<XmlObject> scopes = new ArrayList<>();
        scopes.add(doc.getDocument().getBody());
        for (XWPFHeader h : doc.getHeaderList()) {
            scopes.add(h._getHdrFtr());
        }
        for (XWPFFooter f : doc.getFooterList()) {
            scopes.add(f._getHdrFtr());
        }
        return scopes;
    }

    // ---- text atoms: the w:t elements of one paragraph, in order

    private static List<CTText> atoms(CTP p) {
        List<CTText> atoms = new ArrayList<>();
        for (CTR r : runs(p)) {
            atoms.addAll(r.getTList());
        }
        return atoms;
    }

    /** The paragraph's runs, also those inside hyperlinks, fields and content controls. */
    private static List<CTR> runs(XmlObject parent) {
        List<CTR> runs = new ArrayList<>();
        try (XmlCursor c = parent.newCursor()) {
            if (c.toFirstChild()) {
                do {
                    XmlObject child = c.getObject();
                    if (child instanceof CTR r) {
                        runs.add(r);
                    } else if (!(child instanceof CTP) && !(child instanceof CTTbl)) {
                        runs.addAll(runs(child));
                    }
                } while (c.toNextSibling());
            }
        }
        return runs;
    }

    private static String text(CTP p) {
        StringBuilder sb = new StringBuilder();
        for (CTText t : atoms(p)) {
            sb.append(t.getStringValue());
        }
        return sb.toString();
    }

    private static void setText(CTText t, String value) {
        String[] lines = value.split("\n", -1);
        t.setStringValue(lines[0]);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
        if (lines.length == 1) {
            return;
        }
        try (XmlCursor c = t.newCursor()) {
            c.toEndToken();
            c.toNextToken();
            for (int i = 1; i < lines.length; i++) {
                c.beginElement(BR);
                c.toNextToken();
                c.beginElement(T);
                c.insertAttributeWithValue(XML_SPACE, "preserve");
                c.insertChars(lines[i]);
                c.toNextToken();
            }
        }
    }

    /** Moves each "{{…}}" that straddles atoms into the atom where it starts. */
    private static void joinSplitTags(XmlObject scope) {
        for (XmlObject o : scope.selectPath(NS + ".//w:p")) {
            List<CTText> atoms = atoms((CTP) o);
            while (atoms.size() > 1 && joinFirstSplitTag(atoms)) {
                // repeat until every tag sits in one atom
            }
        }
    }

    private static boolean joinFirstSplitTag(List<CTText> atoms) {
        int[] starts = new int[atoms.size() + 1];
        StringBuilder full = new StringBuilder();
        for (int i = 0; i < atoms.size(); i++) {
            starts[i] = full.length();
            full.append(atoms.get(i).getStringValue());
        }
        starts[atoms.size()] = full.length();
        Matcher m = ANY_BRACES.matcher(full);
        while (m.find()) {
            int a = atomAt(starts, m.start());
            int b = atomAt(starts, m.end() - 1);
            if (a == b) {
                continue;
            }
            String first = atoms.get(a).getStringValue();
            setText(atoms.get(a), first.substring(0, m.start() - starts[a]) + m.group());
            for (int i = a + 1; i < b; i++) {
                setText(atoms.get(i), "");
            }
            setText(atoms.get(b), atoms.get(b).getStringValue().substring(m.end() - starts[b]));
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

    private void expandBlocks(XmlObject scope, Map<String, ?> model) {
        Block block;
        while ((block = nextBlock(scope)) != null) {
            Object value = resolve(model, block.path);
            if (block.kind == '#' && value instanceof Items items) {
                for (int k = 0; k < items.items().size(); k++) {
                    for (XmlObject node : block.content) {
                        XmlObject copy = copyBefore(node, block.close);
                        rewrite(copy, items.itemName(), block.path + "." + k);
                    }
                }
                block.content.forEach(DocxTemplate::remove);
            } else if (truthy(value) == (block.kind == '^')) {
                block.content.forEach(DocxTemplate::remove);
            }
            remove(block.open);
            remove(block.close);
        }
    }

    private record Block(CTP open, CTP close, char kind, String path, List<XmlObject> content) {
    }

    private Block nextBlock(XmlObject scope) {
        for (XmlObject o : scope.selectPath(NS + ".//w:p")) {
            Matcher m = TAG.matcher(text((CTP) o).strip());
            if (!m.matches() || !(m.group(1).equals("#") || m.group(1).equals("^"))) {
                continue;
            }
            String path = m.group(2);
            List<XmlObject> content = new ArrayList<>();
            int depth = 0;
            try (XmlCursor c = o.newCursor()) {
                while (c.toNextSibling()) {
                    XmlObject sibling = c.getObject();
                    if (sibling instanceof CTP p) {
                        Matcher s = TAG.matcher(text(p).strip());
                        if (s.matches() && s.group(2).equals(path)) {
                            if (s.group(1).equals("/") && depth == 0) {
                                return new Block((CTP) o, p, m.group(1).charAt(0), path, content);
                            }
                            depth += s.group(1).equals("/") ? -1 : 1;
                        }
                    }
                    content.add(sibling);
                }
            }
            // An unclosed {{#x}} or {{^x}} in a table cell marks a row; anywhere else it is a mistake.
            if (!isInCell(o)) {
                throw new ReportException("report.template.unclosedBlock", name, "{{" + m.group(1) + path + "}}");
            }
        }
        return null;
    }

    private static boolean isInCell(XmlObject p) {
        try (XmlCursor c = p.newCursor()) {
            return c.toParent() && c.getObject() instanceof CTTc;
        }
    }

    // ---- rows: a table row holding {{#x}} in one of its own cells

    private void expandRows(XmlObject scope, Map<String, ?> model) {
        for (XmlObject row = nextMarkedRow(scope); row != null; row = nextMarkedRow(scope)) {
            Matcher m = rowMarker(row);
            String marker = m.group();
            String path = m.group(2);
            Object value = resolve(model, path);
            if (m.group(1).equals("#") && value instanceof Items items) {
                for (int k = 0; k < items.items().size(); k++) {
                    XmlObject copy = copyBefore(row, row);
                    replaceLiteral(copy, marker, "");
                    rewrite(copy, items.itemName(), path + "." + k);
                }
                remove(row);
            } else if (truthy(value) == m.group(1).equals("#")) {
                replaceLiteral(row, marker, "");
            } else {
                remove(row);
            }
        }
    }

    private static XmlObject nextMarkedRow(XmlObject scope) {
        for (XmlObject row : scope.selectPath(NS + ".//w:tr")) {
            if (rowMarker(row) != null) {
                return row;
            }
        }
        return null;
    }

    private static Matcher rowMarker(XmlObject row) {
        for (XmlObject p : row.selectPath(NS + "./w:tc/w:p")) {
            Matcher m = TAG.matcher(text((CTP) p));
            while (m.find()) {
                if (m.group(1).equals("#") || m.group(1).equals("^")) {
                    return m;
                }
            }
        }
        return null;
    }

    // ---- values

    private void fillParagraphs(XmlObject scope, Map<String, ?> model) {
        List<XmlObject> dropped = new ArrayList<>();
        for (XmlObject o : scope.selectPath(NS + ".//w:p")) {
            for (CTText t : atoms((CTP) o)) {
                String s = t.getStringValue();
                if (!s.contains("{{")) {
                    continue;
                }
                StringBuilder out = new StringBuilder();
                Matcher m = TAG.matcher(s);
                int last = 0;
                while (m.find()) {
                    out.append(s, last, m.start());
                    last = m.end();
                    switch (m.group(1)) {
                        case "" -> out.append(string(resolve(model, m.group(2))));
                        case "?" -> {
                            if (!truthy(resolve(model, m.group(2)))) {
                                dropped.add(o);
                            }
                        }
                        default -> throw new ReportException("report.template.markerNotAlone", name, m.group());
                    }
                }
                out.append(s.substring(last));
                if (out.indexOf("{{") >= 0) {
                    throw new ReportException("report.template.badPlaceholder", name, excerpt(out));
                }
                setText(t, out.toString());
            }
        }
        dropped.stream().distinct().forEach(DocxTemplate::remove);
    }

    private static String excerpt(CharSequence s) {
        String text = s.toString();
        int at = text.indexOf("{{");
        return text.substring(at, Math.min(text.length(), at + 40));
    }

    private Object resolve(Map<String, ?> model, String path) {
        Object current = model;
        for (String part : path.split("\\.")) {
            if (current == null) {
                return null;
            }
            if (current instanceof Map<?, ?> map) {
                if (!map.containsKey(part)) {
                    throw new ReportException("report.template.unknownField", name, "{{" + path + "}}");
                }
                current = map.get(part);
            } else {
                List<?> list = current instanceof Items items ? items.items() : current instanceof List<?> l ? l : null;
                int index = part.chars().allMatch(Character::isDigit) ? Integer.parseInt(part) : -1;
                if (list == null || index < 0 || index >= list.size()) {
                    throw new ReportException("report.template.unknownField", name, "{{" + path + "}}");
                }
                current = list.get(index);
            }
        }
        return current;
    }

    private static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value) && !"".equals(value)
                && !(value instanceof Items items && items.items().isEmpty())
                && !(value instanceof List<?> list && list.isEmpty());
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    // ---- XML surgery

    /** Copies {@code node} in front of {@code anchor} and returns the copy. */
    private static XmlObject copyBefore(XmlObject node, XmlObject anchor) {
        try (XmlCursor from = node.newCursor(); XmlCursor to = anchor.newCursor()) {
            from.copyXml(to);
        }
        try (XmlCursor at = anchor.newCursor()) {
            at.toPrevSibling();
            return at.getObject();
        }
    }

    private static void remove(XmlObject node) {
        try (XmlCursor c = node.newCursor()) {
            c.removeXml();
        }
    }

    /** Inside a copy made for item k of list {@code path}, "{{candidate.x}}" becomes "{{candidates.k.x}}". */
    private static void rewrite(XmlObject copy, String itemName, String itemPath) {
        Pattern item = Pattern.compile("\\{\\{(\\s*[#^/?]?\\s*)" + Pattern.quote(itemName) + "(?=[.}\\s])");
        String replacement = "{{$1" + Matcher.quoteReplacement(itemPath);
        for (XmlObject o : copy.selectPath(NS + ".//w:t")) {
            CTText t = (CTText) o;
            String s = t.getStringValue();
            if (s.contains("{{")) {
                t.setStringValue(item.matcher(s).replaceAll(replacement));
            }
        }
    }

    private static void replaceLiteral(XmlObject node, String literal, String replacement) {
        for (XmlObject o : node.selectPath(NS + ".//w:t")) {
            CTText t = (CTText) o;
            if (t.getStringValue().contains(literal)) {
                setText(t, t.getStringValue().replace(literal, replacement));
            }
        }
    }

    /** Word refuses a cell without a paragraph and a table without rows; removals can leave either. */
    private static void repair(XmlObject scope) {
        for (XmlObject o : scope.selectPath(NS + ".//w:tbl")) {
            if (((CTTbl) o).sizeOfTrArray() == 0) {
                remove(o);
            }
        }
        for (XmlObject o : scope.selectPath(NS + ".//w:tc")) {
            CTTc tc = (CTTc) o;
            if (tc.sizeOfPArray() == 0) {
                tc.addNewP();
            }
        }
    }
}

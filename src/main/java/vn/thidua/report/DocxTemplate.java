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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
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
 * It works on the XML below POI's paragraph objects so copied rows and blocks need no re-reading;
 * what the tags mean is {@link TemplateModel}'s, the zip of parts {@link DocxParts}'s.
 */
public final class DocxTemplate {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName BR = new QName(W, "br");
    private static final QName T = new QName(W, "t");
    private static final QName P = new QName(W, "p");
    private static final QName TR = new QName(W, "tr");
    private static final QName TBL = new QName(W, "tbl");
    private static final QName TC = new QName(W, "tc");
    private static final QName XML_SPACE = new QName("http://www.w3.org/XML/1998/namespace", "space");

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
                for (XmlObject p : descendants(story.scope(), P)) {
                    tags.addAll(TemplateModel.tagNames(text((CTP) p)));
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
                XmlObject scope = story.scope();
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
        for (XmlObject o : descendants(scope, P)) {
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
        Matcher m = TemplateModel.ANY_BRACES.matcher(full);
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

    private void expandBlocks(XmlObject scope, TemplateModel values) {
        Block block;
        while ((block = nextBlock(scope)) != null) {
            Object value = values.resolve(block.open.path());
            if (block.open.kind() == '#' && value instanceof TemplateModel.Items items) {
                for (int k = 0; k < items.items().size(); k++) {
                    for (XmlObject node : block.content) {
                        XmlObject copy = copyBefore(node, block.close);
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

    private record Block(CTP openParagraph, TemplateModel.Tag open, CTP close, List<XmlObject> content) {
    }

    private Block nextBlock(XmlObject scope) {
        for (XmlObject o : descendants(scope, P)) {
            Optional<TemplateModel.Tag> tag = TemplateModel.alone(text((CTP) o)).filter(TemplateModel.Tag::opens);
            if (tag.isEmpty()) {
                continue;
            }
            String path = tag.get().path();
            List<XmlObject> content = new ArrayList<>();
            int depth = 0;
            try (XmlCursor c = o.newCursor()) {
                while (c.toNextSibling()) {
                    XmlObject sibling = c.getObject();
                    if (sibling instanceof CTP p) {
                        Optional<TemplateModel.Tag> s = TemplateModel.alone(text(p)).filter(t -> t.path().equals(path));
                        if (s.isPresent()) {
                            if (s.get().kind() == '/' && depth == 0) {
                                return new Block((CTP) o, tag.get(), p, content);
                            }
                            depth += s.get().kind() == '/' ? -1 : 1;
                        }
                    }
                    content.add(sibling);
                }
            }
            // An unclosed {{#x}} or {{^x}} in a table cell marks a row; anywhere else it is a mistake.
            if (!isInCell(o)) {
                throw new ReportException("report.template.unclosedBlock", name, "{{" + tag.get().kind() + path + "}}");
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

    private void expandRows(XmlObject scope, TemplateModel values) {
        // One pass over the rows as they are now: blocks are already expanded, a row's copies lose
        // its marker, so no row made here needs looking at again (a rescan per row was quadratic).
        for (XmlObject row : descendants(scope, TR)) {
            Optional<TemplateModel.Tag> marker = rowMarker(row);
            if (marker.isEmpty()) {
                continue;
            }
            TemplateModel.Tag m = marker.get();
            Object value = values.resolve(m.path());
            if (m.kind() == '#' && value instanceof TemplateModel.Items items) {
                for (int k = 0; k < items.items().size(); k++) {
                    XmlObject copy = copyBefore(row, row);
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
    }

    private static Optional<TemplateModel.Tag> rowMarker(XmlObject row) {
        for (CTTc tc : ((CTRow) row).getTcList()) {
            for (CTP p : tc.getPList()) {
                Optional<TemplateModel.Tag> t = TemplateModel.firstOpening(text(p));
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    // ---- values

    private static void fillParagraphs(XmlObject scope, TemplateModel values) {
        List<XmlObject> dropped = new ArrayList<>();
        for (XmlObject o : descendants(scope, P)) {
            for (CTText t : atoms((CTP) o)) {
                String s = t.getStringValue();
                if (!s.contains("{{")) {
                    continue;
                }
                TemplateModel.Filled filled = values.fill(s);
                if (filled.dropParagraph()) {
                    dropped.add(o);
                }
                setText(t, filled.text());
            }
        }
        dropped.stream().distinct().forEach(DocxTemplate::remove);
    }

    /**
     * The elements named {@code name} below {@code scope}, in document order, as a list taken before
     * any change; what {@code selectPath(".//w:x")} gives, by a walk of the tree: XMLBeans' XPath
     * engine was a quarter of the time of filling a template (bench/RESULTS.md).
     */
    private static List<XmlObject> descendants(XmlObject scope, QName name) {
        List<XmlObject> out = new ArrayList<>();
        try (XmlCursor c = scope.newCursor()) {
            if (!c.toFirstChild()) {
                return out;
            }
            int depth = 1;
            while (depth > 0) {
                if (name.equals(c.getName())) {
                    out.add(c.getObject());
                }
                if (c.toFirstChild()) {
                    depth++;
                    continue;
                }
                while (depth > 0 && !c.toNextSibling()) {
                    c.toParent();
                    depth--;
                }
            }
        }
        return out;
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
        for (XmlObject o : descendants(copy, T)) {
            CTText t = (CTText) o;
            String s = t.getStringValue();
            if (s.contains("{{")) {
                t.setStringValue(TemplateModel.rewrite(s, itemName, itemPath));
            }
        }
    }

    private static void replaceLiteral(XmlObject node, String literal, String replacement) {
        for (XmlObject o : descendants(node, T)) {
            CTText t = (CTText) o;
            if (t.getStringValue().contains(literal)) {
                setText(t, t.getStringValue().replace(literal, replacement));
            }
        }
    }

    /** Word refuses a cell without a paragraph and a table without rows; removals can leave either. */
    private static void repair(XmlObject scope) {
        for (XmlObject o : descendants(scope, TBL)) {
            if (((CTTbl) o).sizeOfTrArray() == 0) {
                remove(o);
            }
        }
        for (XmlObject o : descendants(scope, TC)) {
            CTTc tc = (CTTc) o;
            if (tc.sizeOfPArray() == 0) {
                tc.addNewP();
            }
        }
    }
}

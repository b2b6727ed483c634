package vn.thidua.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template language without the document: the tags, the model of strings, maps and lists they
 * name, and what each tag becomes. {@link DocxTemplate} finds the tags in Word's XML and hands their
 * text here, so the rules of the language are tested on plain strings.
 *
 * <p>Tags (docs/report-templates.md): {@code {{a.b}}} a value; {@code {{#x}}} … {@code {{/x}}} a block
 * repeated per item or kept when x is present; {@code {{^x}}} … {@code {{/x}}} kept when x is absent
 * or empty; {@code {{?x}}} drops its paragraph when x is absent or empty.
 */
final class TemplateModel {

    /** A list in the model, with the name its items go by inside the repeated row or block. */
    public record Items(String itemName, List<? extends Map<String, ?>> items) {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A tag: its kind ('#', '^', '/', '?', or ' ' for a value), its path, and the text it was written as. */
    record Tag(char kind, String path, String text) {
        boolean opens() {
            return kind == '#' || kind == '^';
        }
    }

    /** One text run after filling: its new text, and whether a {@code {{?x}}} in it drops its paragraph. */
    record Filled(String text, boolean dropParagraph) {
    }

    static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/?]?)\\s*([\\p{L}\\p{N}_.]+)\\s*}}");
    /** Anything between braces, a well-formed tag or not: what must not straddle two runs. */
    static final Pattern ANY_BRACES = Pattern.compile("\\{\\{.*?}}");

    private final Map<String, ?> model;
    private final String templateName;

    TemplateModel(Map<String, ?> model, String templateName) {
        this.model = model;
        this.templateName = templateName;
    }

    private static Tag tag(Matcher m) {
        return new Tag(m.group(1).isEmpty() ? ' ' : m.group(1).charAt(0), m.group(2), m.group());
    }

    /** The tag a paragraph holds when it holds nothing else (spaces aside): a block's open or close. */
    static Optional<Tag> alone(String paragraph) {
        Matcher m = TAG.matcher(paragraph.strip());
        return m.matches() ? Optional.of(tag(m)) : Optional.empty();
    }

    /** The first {@code {{#x}}} or {@code {{^x}}} in a text: a table row's marker. */
    static Optional<Tag> firstOpening(String text) {
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            Tag t = tag(m);
            if (t.opens()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Every tag of a text as written without braces: "bloc.name", "#candidates" … */
    static List<String> tagNames(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            out.add(m.group(1) + m.group(2));
        }
        return out;
    }

    /**
     * Inside a copy made for item k of list {@code itemPath}'s list, "{{candidate.x}}" becomes
     * "{{candidates.k.x}}", so the copy's tags resolve against the model as it is.
     */
    static String rewrite(String text, String itemName, String itemPath) {
        if (!text.contains("{{")) {
            return text;
        }
        Pattern item = Pattern.compile("\\{\\{(\\s*[#^/?]?\\s*)" + Pattern.quote(itemName) + "(?=[.}\\s])");
        return item.matcher(text).replaceAll("{{$1" + Matcher.quoteReplacement(itemPath));
    }

    /** The values in one run of text; a tag that is not a value (a stray block tag) is refused. */
    Filled fill(String text) {
        if (!text.contains("{{")) {
            return new Filled(text, false);
        }
        StringBuilder out = new StringBuilder();
        boolean drop = false;
        Matcher m = TAG.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            last = m.end();
            Tag t = tag(m);
            switch (t.kind()) {
                case ' ' -> out.append(string(resolve(t.path())));
                case '?' -> drop |= !truthy(resolve(t.path()));
                default -> throw new ReportException("report.template.markerNotAlone", templateName, t.text());
            }
        }
        out.append(text.substring(last));
        if (out.indexOf("{{") >= 0) {
            throw new ReportException("report.template.badPlaceholder", templateName, excerpt(out));
        }
        return new Filled(out.toString(), drop);
    }

    private static String excerpt(CharSequence s) {
        String text = s.toString();
        int at = text.indexOf("{{");
        return text.substring(at, Math.min(text.length(), at + 40));
    }

    /** The value at a dotted path: map keys, and list indexes after a list's name ("candidates.0.name"). */
    Object resolve(String path) {
        Object current = model;
        for (String part : path.split("\\.")) {
            if (current == null) {
                return null;
            }
            if (current instanceof Map<?, ?> map) {
                if (!map.containsKey(part)) {
                    throw new ReportException("report.template.unknownField", templateName, "{{" + path + "}}");
                }
                current = map.get(part);
            } else {
                List<?> list = current instanceof Items items ? items.items() : current instanceof List<?> l ? l : null;
                int index = part.chars().allMatch(Character::isDigit) ? Integer.parseInt(part) : -1;
                if (list == null || index < 0 || index >= list.size()) {
                    throw new ReportException("report.template.unknownField", templateName, "{{" + path + "}}");
                }
                current = list.get(index);
            }
        }
        return current;
    }

    /** Present: neither absent, false, empty text nor an empty list. */
    static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value) && !"".equals(value)
                && !(value instanceof Items items && items.items().isEmpty())
                && !(value instanceof List<?> list && list.isEmpty());
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }
}

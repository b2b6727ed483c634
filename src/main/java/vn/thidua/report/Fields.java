package vn.thidua.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import vn.thidua.app.documents.DocumentHeader;
import vn.thidua.app.documents.Signature;
import java.util.ArrayList;

/** A node of a template model: named values, built fluently; null values are allowed (they read as absent). */
final class Fields extends LinkedHashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    Fields with(String key, Object value) {
        put(key, value);
        return this;
    }

    /** A list whose items get a 1-based "number" field, as the STT column of a table needs. */
    static <T> TemplateModel.Items numbered(String itemName, List<T> items, Function<T, Fields> fields) {
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(fields.apply(items.get(i)).with("number", Integer.toString(i + 1)));
        }
        return new TemplateModel.Items(itemName, out);
    }

    static Fields header(DocumentHeader h) {
        return new Fields()
                .with("superior", h.superiorBody())
                .with("issuingBody", h.issuingBody())
                .with("number", h.number())
                .with("place", h.place())
                .with("longDate", VietnameseFormat.longDate(h.date()))
                .with("shortDate", VietnameseFormat.shortDate(h.date()));
    }

    /** Printed under a signature whose signer is not recorded, to write the name by hand. */
    static final String NAME_BLANK = "……………………………";

    /** An empty place in a row of signatures stays empty; a signature always has a name or a dotted line. */
    static Fields signature(Signature s) {
        return s == null ? new Fields().with("capacity", "").with("name", "")
                : new Fields().with("capacity", s.capacity()).with("name", s.name().isBlank() ? NAME_BLANK : s.name());
    }

    /** The "Nơi nhận:" lines: each ends with ';' but the last, which ends with '.'. */
    static TemplateModel.Items recipients(List<String> recipients) {
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            out.add(new Fields().with("text", recipients.get(i)).with("end", i == recipients.size() - 1 ? "." : ";"));
        }
        return new TemplateModel.Items("recipient", out);
    }
}

package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The template language on plain strings: no document, no POI. */
class TemplateModelTest {

    private final TemplateModel model = new TemplateModel(new Fields()
            .with("bloc", new Fields().with("name", "Khối thi đua Kinh tế ngành"))
            .with("empty", "")
            .with("units", new TemplateModel.Items("unit", List.of(Map.of("name", "Sở Xây dựng"),
                    Map.of("name", "Sở Công Thương")))), "mau.docx");

    @Test
    void valuesAreFilledAndTheRestOfTheTextKept() {
        assertThat(model.fill("Của {{ bloc.name }}, năm 2019").text()).isEqualTo("Của Khối thi đua Kinh tế ngành, năm 2019");
        assertThat(model.fill("{{units.1.name}}").text()).isEqualTo("Sở Công Thương");
    }

    @Test
    void aConditionOnAnEmptyValueDropsItsParagraph() {
        assertThat(model.fill("{{?empty}}Ghi chú").dropParagraph()).isTrue();
        assertThat(model.fill("{{?bloc.name}}Ghi chú")).isEqualTo(new TemplateModel.Filled("Ghi chú", false));
    }

    @Test
    void anItemsTagsAreRewrittenToItsPlaceInTheList() {
        assertThat(TemplateModel.rewrite("{{unit.name}} – {{ #unit.rows }} {{units.name}}", "unit", "units.1"))
                .isEqualTo("{{units.1.name}} – {{ #units.1.rows }} {{units.name}}");
    }

    @Test
    void blockAndRowMarkersAreRecognised() {
        assertThat(TemplateModel.alone("  {{#units}} ")).get().extracting(TemplateModel.Tag::kind, TemplateModel.Tag::path)
                .containsExactly('#', "units");
        assertThat(TemplateModel.alone("{{#units}} và")).isEmpty();
        assertThat(TemplateModel.firstOpening("{{unit.number}} {{^units}}")).get()
                .extracting(TemplateModel.Tag::text).isEqualTo("{{^units}}");
        assertThat(TemplateModel.tagNames("{{a.b}} {{#c}} {{/c}} {{?d}}")).containsExactly("a.b", "#c", "/c", "?d");
    }

    @Test
    void anUnknownFieldOrAStrayBlockTagIsNamedWithTheTemplate() {
        assertThatThrownBy(() -> model.fill("{{bloc.code}}")).isInstanceOf(ReportException.class)
                .satisfies(e -> assertThat(((ReportException) e).args()).containsExactly("mau.docx", "{{bloc.code}}"));
        assertThatThrownBy(() -> model.fill("x {{#units}}")).isInstanceOf(ReportException.class)
                .satisfies(e -> assertThat(((ReportException) e).key()).isEqualTo("report.template.markerNotAlone"));
        assertThatThrownBy(() -> model.resolve("units.2.name")).isInstanceOf(ReportException.class);
    }

    @Test
    void presenceFollowsTheValue() {
        assertThat(TemplateModel.truthy("x")).isTrue();
        assertThat(TemplateModel.truthy("")).isFalse();
        assertThat(TemplateModel.truthy(null)).isFalse();
        assertThat(TemplateModel.truthy(List.of())).isFalse();
        assertThat(TemplateModel.truthy(new TemplateModel.Items("u", List.of()))).isFalse();
    }
}

package vn.thidua.ui.scoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.RowVersion;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.scoring.Criterion;
import vn.thidua.domain.scoring.CriterionGroup;
import vn.thidua.domain.scoring.CriterionKind;
import vn.thidua.domain.scoring.ScoringTable;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.ui.common.ScoringScreenModel;
import vn.thidua.ui.common.Session;
import vn.thidua.ui.common.StaleEdit;

/** The year's scoring table: groups and criteria, added, changed and deleted through one form. */
public final class ScoringTableViewModel extends ScoringScreenModel {

    /** What the form is editing. */
    public enum Mode { NONE, GROUP, CRITERION }

    private final ObservableList<CriterionGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
    private final ObservableList<CriterionGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ObservableList<Criterion> criteriaView = FXCollections.unmodifiableObservableList(criteria);
    private final ObjectProperty<CriterionGroup> selectedGroup = new SimpleObjectProperty<>();
    private final ObjectProperty<Criterion> selectedCriterion = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.NONE);
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final StaleEdit stale = new StaleEdit();
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final StringProperty groupCode = new SimpleStringProperty("");
    private final StringProperty groupName = new SimpleStringProperty("");
    private final ObjectProperty<CriterionGroup> criterionGroup = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty max = new SimpleStringProperty("");
    private final StringProperty order = new SimpleStringProperty("");
    private final ObjectProperty<CriterionKind> kind = new SimpleObjectProperty<>(CriterionKind.REGULAR);
    private CriterionGroup editedGroup;
    private Criterion editedCriterion;

    public ScoringTableViewModel(Session session) {
        super(session);
    }

    @Override
    public void refresh() {
        Season season = session.season();
        if (season == null) {
            groups.clear();
            criteria.clear();
            info.set("");
            return;
        }
        session.tasks().run(() -> load(season), this::show);
    }

    /** The year's table and its criteria's versions, as now stored. Data thread. */
    private ScoringTable load(Season season) {
        ScoringTable table = scoring().table(season);
        Map<Long, Integer> seen = new ConcurrentHashMap<>();
        table.criteria().forEach(c -> seen.put(c.id(), scoring().version(RowVersion.Of.CRITERION, c.id()).version()));
        versions = seen;
        return table;
    }

    /**
     * After a save refused because the criterion was changed elsewhere: the table and the form read again, the
     * form showing what is stored now (the other window's values) at its new version; the refusal is gone.
     */
    public void reload() {
        Season season = session.season();
        if (season == null) {
            return;
        }
        Long editedId = editedCriterion == null ? null : editedCriterion.id();
        String editedCode = editedCriterion == null ? "" : editedCriterion.code();
        session.tasks().run(() -> load(season), table -> {
            show(table);
            stale.clear();
            formError.set("");
            if (editedId == null || mode.get() != Mode.CRITERION) {
                return;
            }
            table.criteria().stream().filter(c -> c.id() == editedId).findFirst().ifPresentOrElse(c -> {
                fill(c);
                formTitle.set(texts().t("table.form.editCriterion", c.code()));
            }, () -> {
                // Deleted elsewhere: nothing left to edit.
                mode.set(Mode.NONE);
                session.statusProperty().set(texts().t("stale.criterionGone", editedCode));
            });
        });
    }

    /**
     * The criteria's versions as the table shown was loaded: an edit saved over a criterion changed in another
     * window since is refused (the form says what and when). Read and set on the one data thread.
     */
    private volatile Map<Long, Integer> versions = Map.of();

    private void show(ScoringTable table) {
        Long criterionId = selectedCriterion.get() == null ? null : selectedCriterion.get().id();
        String groupKey = selectedGroup.get() == null ? null : selectedGroup.get().code();
        groups.setAll(table.groups());
        criteria.setAll(table.criteria());
        criteria.stream().filter(c -> Long.valueOf(c.id()).equals(criterionId)).findFirst().ifPresent(selectedCriterion::set);
        groups.stream().filter(g -> g.code().equals(groupKey)).findFirst().ifPresent(selectedGroup::set);
        info.set(table.criteria().isEmpty() ? texts().t("table.empty")
                : texts().t("table.info", table.criteria().size(), VnFormat.formatNumber(table.regularMax())));
    }

    public void startAddGroup() {
        if (session.refusedReadOnly()) {
            return;
        }
        editedGroup = null;
        groupCode.set("");
        groupName.set("");
        open(Mode.GROUP, texts().t("table.form.addGroup"));
    }

    public void startEditGroup() {
        if (session.refusedReadOnly()) {
            return;
        }
        CriterionGroup g = selectedGroup.get();
        if (g == null) {
            return;
        }
        editedGroup = g;
        groupCode.set(g.code());
        groupName.set(g.name());
        open(Mode.GROUP, texts().t("table.form.editGroup", g.code()));
    }

    public void startAddCriterion() {
        if (session.refusedReadOnly()) {
            return;
        }
        editedCriterion = null;
        // The group chosen, else that of the criterion chosen, else the last with regular criteria.
        CriterionGroup g = selectedGroup.get() != null ? selectedGroup.get()
                : selectedCriterion.get() != null ? group(selectedCriterion.get().groupCode())
                : criteria.stream().filter(Criterion::isRegular).reduce((a, b) -> b).map(c -> group(c.groupCode()))
                        .orElse(groups.isEmpty() ? null : groups.get(groups.size() - 1));
        criterionGroup.set(g);
        code.set("");
        name.set("");
        max.set("");
        kind.set(CriterionKind.REGULAR);
        order.set(g == null ? "1" : String.valueOf(nextOrder(g.code())));
        open(Mode.CRITERION, texts().t("table.form.addCriterion"));
    }

    public void startEditCriterion() {
        if (session.refusedReadOnly()) {
            return;
        }
        Criterion c = selectedCriterion.get();
        if (c == null) {
            return;
        }
        fill(c);
        open(Mode.CRITERION, texts().t("table.form.editCriterion", c.code()));
    }

    private void fill(Criterion c) {
        editedCriterion = c;
        criterionGroup.set(group(c.groupCode()));
        code.set(c.code());
        name.set(c.name());
        max.set(VnFormat.formatNumber(c.max()));
        kind.set(c.kind());
        order.set(String.valueOf(c.order()));
    }

    private void open(Mode m, String title) {
        formError.set("");
        stale.clear();
        formTitle.set(title);
        mode.set(m);
    }

    private CriterionGroup group(String groupCodeValue) {
        return groups.stream().filter(g -> g.code().equals(groupCodeValue)).findFirst().orElse(null);
    }

    private int nextOrder(String groupCodeValue) {
        return criteria.stream().filter(c -> c.groupCode().equals(groupCodeValue)).mapToInt(Criterion::order)
                .max().orElse(0) + 1;
    }

    public void cancel() {
        mode.set(Mode.NONE);
        formError.set("");
        stale.clear();
    }

    public void save() {
        Season season = session.season();
        if (season == null || mode.get() == Mode.NONE) {
            return;
        }
        if (mode.get() == Mode.GROUP) {
            int groupOrder = editedGroup != null ? editedGroup.order()
                    : groups.stream().mapToInt(CriterionGroup::order).max().orElse(0) + 1;
            CriterionGroup draft = new CriterionGroup(editedGroup != null ? editedGroup.code() : groupCode.get(),
                    groupName.get(), groupOrder);
            changeThenClose(() -> scoring().saveGroup(season, draft), texts().t("table.groupSaved", draft.code()));
            return;
        }
        CriterionGroup g = criterionGroup.get();
        int criterionOrder;
        try {
            criterionOrder = Integer.parseInt(order.get().strip());
        } catch (NumberFormatException e) {
            formError.set(texts().t("table.error.order", order.get()));
            return;
        }
        long id = editedCriterion == null ? 0 : editedCriterion.id();
        String groupKey = g == null ? "" : g.code();
        String codeText = code.get();
        String nameText = name.get();
        String maxText = max.get();
        CriterionKind kindValue = kind.get() == null ? CriterionKind.REGULAR : kind.get();
        changeThenClose(() -> scoring().saveCriterion(season, groupKey, id, codeText, nameText, maxText, kindValue,
                criterionOrder, id == 0 ? null : versions.getOrDefault(id, 0)),
                texts().t("table.criterionSaved", codeText.strip()));
    }

    private void changeThenClose(Runnable change, String done) {
        session.tasks().attempt(() -> {
            change.run();
            return Boolean.TRUE;
        }, ok -> {
            mode.set(Mode.NONE);
            formError.set("");
            stale.clear();
            session.statusProperty().set(done);
            session.dataChanged();
        }, v -> {
            formError.set(texts().all(v.problems()));
            stale.refused(v);
        });
    }

    public void deleteGroup() {
        if (session.refusedReadOnly()) {
            return;
        }
        CriterionGroup g = selectedGroup.get();
        Season season = session.season();
        if (g == null || season == null || !session.dialogs().confirm(texts().t("table.deleteGroup.title"),
                texts().t("table.deleteGroup.confirm", g.code(), g.name()))) {
            return;
        }
        session.tasks().run(() -> {
            scoring().deleteGroup(season, g.code());
            return Boolean.TRUE;
        }, ok -> {
            selectedGroup.set(null);
            session.statusProperty().set(texts().t("table.groupDeleted", g.code()));
            session.dataChanged();
        }, e -> session.dialogs().showError(e));
    }

    public void deleteCriterion() {
        if (session.refusedReadOnly()) {
            return;
        }
        Criterion c = selectedCriterion.get();
        if (c == null || !session.dialogs().confirm(texts().t("table.deleteCriterion.title"),
                texts().t("table.deleteCriterion.confirm", c.code(), c.name()))) {
            return;
        }
        session.tasks().run(() -> scoring().deleteCriterion(c), () -> {
            selectedCriterion.set(null);
            session.statusProperty().set(texts().t("table.criterionDeleted", c.code()));
            session.dataChanged();
        });
    }

    public String kindName(CriterionKind k) {
        return k == null ? "" : texts().t(k.key());
    }

    public ObservableList<CriterionGroup> groups() {
        return groupsView;
    }

    public ObservableList<Criterion> criteria() {
        return criteriaView;
    }

    public ObjectProperty<CriterionGroup> selectedGroupProperty() {
        return selectedGroup;
    }

    public ObjectProperty<Criterion> selectedCriterionProperty() {
        return selectedCriterion;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    /** The form's refusal as changed elsewhere, while it stands: {@link #reload()} is on offer. */
    public StaleEdit stale() {
        return stale;
    }

    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    public StringProperty groupCodeProperty() {
        return groupCode;
    }

    public StringProperty groupNameProperty() {
        return groupName;
    }

    public boolean editingExistingGroup() {
        return editedGroup != null;
    }

    public ObjectProperty<CriterionGroup> criterionGroupProperty() {
        return criterionGroup;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty maxProperty() {
        return max;
    }

    public StringProperty orderProperty() {
        return order;
    }

    public ObjectProperty<CriterionKind> kindProperty() {
        return kind;
    }
}

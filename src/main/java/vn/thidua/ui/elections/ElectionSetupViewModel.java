package vn.thidua.ui.elections;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.thidua.app.ElectionService;
import vn.thidua.app.Texts;
import vn.thidua.domain.bloc.Problem;
import vn.thidua.domain.bloc.Season;
import vn.thidua.domain.bloc.Unit;
import vn.thidua.domain.text.ParseResult;
import vn.thidua.domain.text.VnFormat;
import vn.thidua.domain.voting.Base;
import vn.thidua.domain.voting.BallotKeys;
import vn.thidua.domain.voting.Candidate;
import vn.thidua.domain.voting.EligibilityRule;
import vn.thidua.domain.voting.ThresholdLevel;
import vn.thidua.domain.voting.ThresholdOperator;
import vn.thidua.ui.common.Session;
import java.util.Optional;
import javafx.beans.Observable;

/**
 * Setting up an election: title, seats, candidates (by a rule or by hand), threshold and base,
 * ballots issued. The candidates the rule gives are shown, numbered as in the room, before
 * anything is created.
 */
public final class ElectionSetupViewModel {

    /** How the candidates are chosen: a rule over the scoreboard, or by hand. */
    public enum Choice {
        ALL, EXCELLENT, TOP_N, BY_HAND
    }

    /** A member of the year in the by-hand checklist. */
    public static final class MemberChoice {
        private final Unit unit;
        private final BooleanProperty chosen = new SimpleBooleanProperty(false);

        MemberChoice(Unit unit) {
            this.unit = unit;
        }

        public Unit unit() {
            return unit;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return unit.fullName();
        }
    }

    private final Session session;
    private final LongConsumer created;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty seats = new SimpleStringProperty("1");
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.EXCELLENT);
    private final StringProperty topN = new SimpleStringProperty("3");
    private final BooleanProperty excludePutForward = new SimpleBooleanProperty(true);
    private final ObjectProperty<ThresholdOperator> operator = new SimpleObjectProperty<>(ThresholdOperator.GT);
    private final StringProperty percent = new SimpleStringProperty("50");
    private final ObjectProperty<Base> base = new SimpleObjectProperty<>(Base.VALID);
    private final StringProperty issued = new SimpleStringProperty("");
    private final ObservableList<MemberChoice> members = FXCollections.observableArrayList();
    private final ObservableList<String> candidates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper candidatesNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper discardPending = new ReadOnlyBooleanWrapper(false);
    /** The title the secretary was told the year already has: Ctrl+S again creates a second one. */
    private String sameTitleAsked;
    private final InvalidationListener recompute = o -> previewCandidates();
    private List<Long> previewIds = List.of();
    private int previewSerial;

    /** @param created called with the new election's id */
    public ElectionSetupViewModel(Session session, LongConsumer created) {
        this.session = session;
        this.created = created;
        choice.addListener(recompute);
        topN.addListener(recompute);
        excludePutForward.addListener(recompute);
        // Going on with the form answers "drop it?" with no.
        InvalidationListener goingOn = o -> discardPending.set(false);
        for (Observable field : List.of(title, seats, choice, topN, excludePutForward, operator, percent,
                base, issued)) {
            field.addListener(goingOn);
        }
    }

    private ElectionService service() {
        return session.workspace().elections();
    }

    private Texts texts() {
        return session.texts();
    }

    /** A blank form for the chosen year; ballots issued default to the number of members. */
    public void start() {
        Season season = session.season();
        if (season == null) {
            return;
        }
        title.set("");
        seats.set("1");
        choice.set(Choice.EXCELLENT);
        topN.set("3");
        excludePutForward.set(true);
        operator.set(ThresholdOperator.GT);
        percent.set("50");
        base.set(Base.VALID);
        error.set("");
        discardPending.set(false);
        sameTitleAsked = null;
        session.tasks().run(() -> session.workspace().blocs().members(season), list -> {
            members.forEach(m -> m.chosenProperty().removeListener(recompute));
            members.setAll(list.stream().filter(Unit::active)
                    .sorted((a, b) -> VnFormat.nameOrder().compare(a.fullName(), b.fullName()))
                    .map(MemberChoice::new).toList());
            members.forEach(m -> m.chosenProperty().addListener(recompute));
            issued.set(String.valueOf(members.size()));
            previewCandidates();
        });
    }

    private void previewCandidates() {
        Season season = session.season();
        if (season == null) {
            return;
        }
        int serial = ++previewSerial;
        if (choice.get() == Choice.BY_HAND) {
            List<Candidate> chosen = members.stream().filter(m -> m.chosenProperty().get())
                    .map(m -> new Candidate(m.unit().id(), m.unit().code(), m.unit().fullName())).toList();
            showCandidates(chosen, false);
            return;
        }
        EligibilityRule rule = rule();
        if (rule == null) {
            showCandidates(List.of(), false);
            candidatesNote.set(texts().t("elections.setup.topNInvalid"));
            return;
        }
        boolean exclude = excludePutForward.get();
        session.tasks().run(() -> service().eligible(season, rule, exclude), list -> {
            // Only the latest question's answer is shown: the operator may click faster than the data thread.
            if (serial == previewSerial) {
                showCandidates(list, true);
            }
        });
    }

    private void showCandidates(List<Candidate> list, boolean byRule) {
        previewIds = list.stream().map(Candidate::unitId).toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            lines.add(BallotKeys.mark(i, list) + "   " + list.get(i).name());
        }
        candidates.setAll(lines);
        candidatesNote.set(list.isEmpty() ? texts().t(byRule ? "elections.setup.noneByRule" : "elections.setup.noneByHand")
                : texts().t("elections.setup.count", list.size()));
    }

    private EligibilityRule rule() {
        return switch (choice.get()) {
            case ALL -> EligibilityRule.all();
            case EXCELLENT -> EligibilityRule.excellent();
            case TOP_N -> parseInt(topN.get()).filter(n -> n >= 1).map(EligibilityRule::topN).orElse(null);
            case BY_HAND -> null;
        };
    }

    /** Creates the election (Ctrl+S); problems are shown beside the form. */
    public void create() {
        Season season = session.season();
        if (season == null) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        Integer seatCount = parseInt(seats.get()).orElse(null);
        if (seatCount == null) {
            problems.add(Problem.of("seats", "elections.setup.error.seats", String.valueOf(seats.get())));
        }
        Integer issuedCount = parseInt(issued.get()).orElse(null);
        if (issuedCount == null) {
            problems.add(Problem.of("issued", "elections.setup.error.issued", String.valueOf(issued.get())));
        }
        ThresholdLevel level = null;
        String levelText = percent.get() == null ? "" : percent.get().strip();
        if (levelText.contains("/")) {
            // "2/3": a fraction of the base, kept exact
            level = ThresholdLevel.parse(levelText);
            if (level == null) {
                problems.add(Problem.of("percent", "elections.setup.error.fraction", levelText));
            }
        } else {
            ParseResult parsed = VnFormat.parseNumber(levelText.replace("%", "").strip());
            if (parsed instanceof ParseResult.Ok ok) {
                level = ThresholdLevel.percent(ok.value());
            } else if (parsed instanceof ParseResult.Refused refused) {
                problems.add(refused.toProblem("percent"));
            }
        }
        EligibilityRule rule = rule();
        if (choice.get() == Choice.TOP_N && rule == null) {
            problems.add(Problem.of("topN", "elections.setup.topNInvalid"));
        }
        BallotKeys.checkOnScreen(previewIds.size()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            error.set(texts().all(problems));
            return;
        }
        String typedTitle = title.get() == null ? "" : title.get();
        boolean again = sameTitleAsked != null
                && ElectionService.titleKey(sameTitleAsked).equals(ElectionService.titleKey(typedTitle));
        ElectionService.Draft draft = new ElectionService.Draft(title.get(), seatCount, operator.get(), level, base.get(),
                issuedCount, choice.get() == Choice.BY_HAND ? previewIds : List.of(), rule, excludePutForward.get());
        session.tasks().attempt(() -> service().create(season, draft, again), id -> {
            error.set("");
            sameTitleAsked = null;
            session.statusProperty().set(texts().t("elections.setup.created", draft.title().strip()));
            created.accept(id);
        }, v -> {
            boolean sameTitle = v.problems().stream().anyMatch(p -> p.key().equals("election.error.sameTitle"));
            sameTitleAsked = sameTitle ? typedTitle : null;
            error.set(texts().all(v.problems()) + (sameTitle ? " " + texts().t("elections.setup.sameTitleAgain") : ""));
        });
    }

    /**
     * Esc or "Hủy": leaving a form with a typed title asks first (the next Esc leaves, typing goes on).
     *
     * @return true when the form may be left now
     */
    public boolean requestCancel() {
        boolean typed = title.get() != null && !title.get().isBlank();
        if (typed && !discardPending.get()) {
            discardPending.set(true);
            return false;
        }
        discardPending.set(false);
        return true;
    }

    /** Asked: leave the form and lose what is typed? */
    public ReadOnlyBooleanProperty discardPendingProperty() {
        return discardPending.getReadOnlyProperty();
    }

    private static Optional<Integer> parseInt(String s) {
        try {
            return Optional.of(Integer.parseInt(s == null ? "" : s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty seatsProperty() {
        return seats;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public StringProperty topNProperty() {
        return topN;
    }

    public BooleanProperty excludePutForwardProperty() {
        return excludePutForward;
    }

    public ObjectProperty<ThresholdOperator> operatorProperty() {
        return operator;
    }

    public StringProperty percentProperty() {
        return percent;
    }

    public ObjectProperty<Base> baseProperty() {
        return base;
    }

    public StringProperty issuedProperty() {
        return issued;
    }

    public ObservableList<MemberChoice> members() {
        return members;
    }

    /** The candidates as the room will see them: "1   Sở Giao thông Vận tải". */
    public ObservableList<String> candidates() {
        return FXCollections.unmodifiableObservableList(candidates);
    }

    public ReadOnlyStringProperty candidatesNoteProperty() {
        return candidatesNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

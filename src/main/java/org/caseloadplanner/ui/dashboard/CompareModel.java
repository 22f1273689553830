package org.caseloadplanner.ui.dashboard;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.caseloadplanner.domain.published.Area;
import org.caseloadplanner.domain.published.Comparison;
import org.caseloadplanner.domain.published.PublishedMeasure;
import org.caseloadplanner.domain.published.PublishedStatistics;
import org.caseloadplanner.service.published.CompareService;
import org.caseloadplanner.ui.common.Feedback;
import org.caseloadplanner.ui.common.TaskExecutor;

/**
 * The Compare tab's state: which local authority the council is, which others are shown beside it, the measure
 * chosen, and the comparison worked out for them away from the screen.
 */
public final class CompareModel {

    private final CompareService service;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final ObservableList<Area> localAuthorities = FXCollections.observableArrayList();
    private final ObjectProperty<Area> self = new SimpleObjectProperty<>();
    private final ObservableList<Area> alsoShown = FXCollections.observableArrayList();
    private final ObjectProperty<PublishedMeasure> measure = new SimpleObjectProperty<>(PublishedMeasure.CASELOAD);
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final javafx.beans.property.StringProperty held = new javafx.beans.property.SimpleStringProperty("");
    private final boolean figures;
    private int asked;
    private boolean showing;

    /**
     * @param figures false where only the choice of local authority is made (Settings): the comparison itself is
     *                then never worked out
     */
    public CompareModel(CompareService service, TaskExecutor executor, Feedback feedback, boolean figures) {
        this.service = service;
        this.executor = executor;
        this.feedback = feedback;
        this.figures = figures;
        self.addListener((o, was, is) -> {
            if (!showing && is != null && !is.equals(was)) {
                choose(is);
            }
        });
        alsoShown.addListener((ListChangeListener<Area>) change -> {
            if (!showing) {
                load();
            }
        });
    }

    /** Reads the published list, the council's own choice and the comparison. */
    public void load() {
        int question = ++asked;
        List<String> also = alsoShown.stream().map(Area::code).toList();
        busy.set(true);
        executor.execute(() -> new Loaded(service.library().statistics(), service.self().orElse(null),
                figures ? service.compare(also) : null), loaded -> {
                    if (question == asked) {
                        show(loaded);
                    }
                }, this::failed);
    }

    private record Loaded(PublishedStatistics published, Area self, Comparison comparison) {
    }

    private void show(Loaded loaded) {
        showing = true;
        try {
            List<Area> all = loaded.published().localAuthorities();
            if (!localAuthorities.equals(all)) {
                localAuthorities.setAll(all);
            }
            List<Integer> years = loaded.published().years();
            held.set(years.isEmpty() ? "" : "Published figures held: 30 September " + years.get(0) + " to "
                    + years.get(years.size() - 1) + ", for England, its regions and " + all.size()
                    + " local authorities (Department for Education, Children's social work workforce; Open "
                    + "Government Licence v3.0).");
            self.set(loaded.self());
        } finally {
            showing = false;
        }
        if (loaded.comparison() != null) {
            comparison.set(loaded.comparison());
        }
        busy.set(false);
    }

    /** Says which local authority the council is, kept in the database for everyone who opens it. */
    private void choose(Area la) {
        int question = ++asked;
        List<String> also = alsoShown.stream().map(Area::code).toList();
        busy.set(true);
        executor.execute(() -> {
            service.choose(la);
            return new Loaded(service.library().statistics(), la, figures ? service.compare(also) : null);
        }, loaded -> {
            feedback.info("This council is now " + la.name() + " in the published figures.");
            if (question == asked) {
                show(loaded);
            }
        }, error -> {
            failed(error);
            load(); // the list shows again the choice that is kept, not the one refused
        });
    }

    private void failed(Throwable error) {
        busy.set(false);
        feedback.failed(error);
    }

    public ObservableList<Area> localAuthorities() {
        return localAuthorities;
    }

    public ObjectProperty<Area> selfProperty() {
        return self;
    }

    public ObservableList<Area> alsoShown() {
        return alsoShown;
    }

    public ObjectProperty<PublishedMeasure> measureProperty() {
        return measure;
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Which years and places the published figures cover, and where they come from. */
    public javafx.beans.property.StringProperty heldProperty() {
        return held;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}

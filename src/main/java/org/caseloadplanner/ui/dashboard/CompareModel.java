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
    private int asked;
    private boolean showing;

    public CompareModel(CompareService service, TaskExecutor executor, Feedback feedback) {
        this.service = service;
        this.executor = executor;
        this.feedback = feedback;
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
        executor.execute(() -> new Loaded(service.library().statistics().localAuthorities(), service.self()
                .orElse(null), service.compare(also)), loaded -> {
                    if (question == asked) {
                        show(loaded);
                    }
                }, this::failed);
    }

    private record Loaded(List<Area> localAuthorities, Area self, Comparison comparison) {
    }

    private void show(Loaded loaded) {
        showing = true;
        try {
            if (!localAuthorities.equals(loaded.localAuthorities())) {
                localAuthorities.setAll(loaded.localAuthorities());
            }
            self.set(loaded.self());
        } finally {
            showing = false;
        }
        comparison.set(loaded.comparison());
        busy.set(false);
    }

    /** Says which local authority the council is, kept in the database for everyone who opens it. */
    private void choose(Area la) {
        int question = ++asked;
        List<String> also = alsoShown.stream().map(Area::code).toList();
        busy.set(true);
        executor.execute(() -> {
            service.choose(la);
            return new Loaded(service.library().statistics().localAuthorities(), la, service.compare(also));
        }, loaded -> {
            feedback.info("This council is now " + la.name() + " in the published figures.");
            if (question == asked) {
                show(loaded);
            }
        }, this::failed);
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

    public BooleanProperty busyProperty() {
        return busy;
    }
}

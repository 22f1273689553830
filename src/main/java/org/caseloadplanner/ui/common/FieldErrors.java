package org.caseloadplanner.ui.common;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.caseloadplanner.domain.FieldProblem;

/** A form's problems by field, for the view to show beside each field. */
public final class FieldErrors {

    private final ObservableMap<String, String> byField = FXCollections.observableHashMap();

    public void show(List<FieldProblem> problems) {
        byField.clear();
        for (FieldProblem p : problems) {
            byField.merge(p.field(), p.message(), (a, b) -> a + " " + b);
        }
    }

    public void clear() {
        byField.clear();
    }

    public void clear(String field) {
        byField.remove(field);
    }

    public String message(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public ObservableMap<String, String> all() {
        return byField;
    }

    public StringBinding messageBinding(String field) {
        return Bindings.createStringBinding(() -> byField.getOrDefault(field, ""), byField);
    }

    public BooleanBinding hasProblem(String field) {
        return Bindings.createBooleanBinding(() -> byField.containsKey(field), byField);
    }
}

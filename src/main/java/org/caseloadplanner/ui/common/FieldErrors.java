package org.caseloadplanner.ui.common;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.caseloadplanner.domain.FieldProblem;

/**
 * A form's problems by field, for the view to show beside each field. Three sources are kept apart so
 * each clears on its own: the rules, rechecked on every change; text in a field that is not yet a value
 * (a half-typed or impossible date); and what the service refused on Save (a duplicate number), which
 * clears as soon as its field changes. A field's message shows once the field has been touched, or
 * at once on a form that opened with values, so a blank new form does not open in red.
 */
public final class FieldErrors {

    private final Map<String, String> live = new HashMap<>();
    private final Map<String, String> unreadable = new HashMap<>();
    private final Map<String, String> refused = new HashMap<>();
    /** Text being typed that is not yet a value: Save waits for it, but no message interrupts. */
    private final Set<String> pending = new HashSet<>();
    private final ObservableMap<String, String> byField = FXCollections.observableHashMap();
    private final ObservableSet<String> touched = FXCollections.observableSet();
    private final BooleanProperty revealed = new SimpleBooleanProperty();
    private final BooleanProperty waiting = new SimpleBooleanProperty();
    private final BooleanBinding valid =
            Bindings.createBooleanBinding(() -> byField.isEmpty() && !waiting.get(), byField, waiting);

    /** The rules' verdict on the values as they are now; replaces the last one. */
    public void live(List<FieldProblem> problems) {
        live.clear();
        problems.forEach(p -> live.merge(p.field(), p.message(), (a, b) -> a + " " + b));
        publish();
    }

    /** What the service refused on Save; shown at once, beside each field. */
    public void show(List<FieldProblem> problems) {
        refused.clear();
        problems.forEach(p -> refused.merge(p.field(), p.message(), (a, b) -> a + " " + b));
        touched.addAll(refused.keySet());
        publish();
    }

    /** The field's value changed: the user is working on it, and the service's word on it is out of date. */
    public void changed(String field) {
        touched.add(field);
        if (refused.remove(field) != null) {
            publish();
        }
    }

    /** Any change on the form makes a refusal of the whole form out of date. */
    public void changedAny(String wholeFormField) {
        if (refused.remove(wholeFormField) != null) {
            publish();
        }
    }

    /** Rechecks the rules whenever the value changes, and treats the change as the user's work on the field. */
    public void watch(String field, ObservableValue<?> value, Runnable recheck) {
        value.addListener((obs, was, is) -> {
            changed(field);
            recheck.run();
        });
    }

    public void touch(String field) {
        touched.add(field);
    }

    /** Shows every field's message, touched or not: on a form that opened with values, or after a Save attempt. */
    public void revealAll() {
        revealed.set(true);
    }

    public void unreadable(String field, String message) {
        pending.remove(field);
        unreadable.put(field, message);
        touched.add(field);
        publish();
    }

    public void pending(String field) {
        unreadable.remove(field);
        pending.add(field);
        publish();
    }

    public void readable(String field) {
        if (unreadable.remove(field) != null | pending.remove(field)) {
            publish();
        }
    }

    /** Text in the field that is not (yet) a value. */
    public boolean isUnreadable(String field) {
        return unreadable.containsKey(field) || pending.contains(field);
    }

    /** Forgets refusals and unread text; the rules' verdict stays, as it still holds. */
    public void clear() {
        refused.clear();
        unreadable.clear();
        pending.clear();
        publish();
    }

    public void clear(String field) {
        refused.remove(field);
        unreadable.remove(field);
        pending.remove(field);
        live.remove(field);
        publish();
    }

    /** Text that cannot be read comes first: until it is a value, the rules are judging the old one. */
    private void publish() {
        Map<String, String> now = new HashMap<>(refused);
        now.putAll(live);
        now.putAll(unreadable);
        // While a field is being typed in, what the rules say of its old value would only distract.
        now.keySet().removeAll(pending);
        byField.keySet().retainAll(now.keySet());
        byField.putAll(now);
        waiting.set(!pending.isEmpty());
    }

    /** The field's problem, shown or not yet. */
    public String message(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public ObservableMap<String, String> all() {
        return byField;
    }

    /** True while every field is right and no text is waiting to be read: Save is enabled by this. */
    public BooleanBinding validProperty() {
        return valid;
    }

    public boolean isValid() {
        return valid.get();
    }

    public boolean isShown(String field) {
        return byField.containsKey(field) && (revealed.get() || touched.contains(field));
    }

    /** The message to show beside the field: empty until the field is touched or all are revealed. */
    public StringBinding messageBinding(String field) {
        return Bindings.createStringBinding(() -> isShown(field) ? byField.get(field) : "", byField, touched, revealed);
    }

    public BooleanBinding hasProblem(String field) {
        return Bindings.createBooleanBinding(() -> isShown(field), byField, touched, revealed);
    }

    /** A problem not shown yet: the field is marked as needing attention, without words. */
    public BooleanBinding hasHiddenProblem(String field) {
        return Bindings.createBooleanBinding(() -> byField.containsKey(field) && !isShown(field),
                byField, touched, revealed);
    }
}

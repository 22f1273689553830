package org.caseloadplanner.ui.allocation;

import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;
import org.caseloadplanner.domain.LoadFlag;
import org.caseloadplanner.domain.WorkerLoad;
import org.caseloadplanner.ui.common.Formats;

/**
 * A worker's weighted load as a bar against their own limits: markers where green ends and red
 * begins, the fill in the flag's colour, and a lighter stretch for the case about to be added.
 */
final class LoadBar extends Region {

    private final Region fill = part("load-fill");
    private final Region added = part("load-added");
    private final Region greenMarker = part("load-marker");
    private final Region redMarker = part("load-marker", "load-marker-red");
    private WorkerLoad now;
    private WorkerLoad after;

    LoadBar() {
        getStyleClass().add("load-bar");
        getChildren().addAll(fill, added, greenMarker, redMarker);
        setMinHeight(12);
        setPrefHeight(12);
        setMaxHeight(12);
        setPrefWidth(120);
        setAccessibleRole(AccessibleRole.TEXT);
    }

    private static Region part(String... styleClasses) {
        Region r = new Region();
        r.getStyleClass().addAll(styleClasses);
        r.setManaged(false);
        return r;
    }

    void show(WorkerLoad load, WorkerLoad withCase) {
        this.now = load;
        this.after = withCase;
        fill.getStyleClass().removeAll(flagClasses());
        added.getStyleClass().removeAll(flagClasses());
        if (load != null) {
            fill.getStyleClass().add("flag-fill-" + load.flag().code());
        }
        if (withCase != null) {
            added.getStyleClass().add("flag-fill-" + withCase.flag().code());
        }
        setAccessibleText(load == null ? null : "Weighted load " + Formats.load(load.weighted()) + ", "
                + Loads.flagWords(load) + (withCase == null ? "" : "; with the chosen case "
                + Formats.load(withCase.weighted()) + ", " + withCase.flag().code()));
        requestLayout();
    }

    private static String[] flagClasses() {
        LoadFlag[] flags = LoadFlag.values();
        String[] classes = new String[flags.length];
        for (int i = 0; i < flags.length; i++) {
            classes[i] = "flag-fill-" + flags[i].code();
        }
        return classes;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        if (now == null || w <= 0) {
            for (var child : getChildren()) {
                child.resizeRelocate(x0, y0, 0, 0);
            }
            return;
        }
        double top = after == null ? now.weighted() : after.weighted();
        // Room beyond the red limit so a red worker's overrun is seen, not clipped at the edge.
        double scale = Math.max(Math.max(now.redLimit() * 1.25, top), 1);
        double nowWidth = w * Math.min(now.weighted(), scale) / scale;
        fill.resizeRelocate(x0, y0, snap(nowWidth), h);
        double addedWidth = after == null ? 0 : w * Math.min(after.weighted(), scale) / scale - nowWidth;
        added.resizeRelocate(x0 + snap(nowWidth), y0, snap(Math.max(addedWidth, 0)), h);
        greenMarker.resizeRelocate(x0 + snap(w * now.greenLimit() / scale), y0 - 2, 2, h + 4);
        redMarker.resizeRelocate(x0 + snap(w * now.redLimit() / scale), y0 - 2, 2, h + 4);
        greenMarker.setVisible(now.holdsCases());
        redMarker.setVisible(now.holdsCases());
    }

    private double snap(double v) {
        return snapSizeX(v);
    }
}

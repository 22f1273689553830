package org.caseloadplanner.ui.common;

import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import org.caseloadplanner.output.ChartInk;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A chart on the screen in the window's style: its usual colours, or the high-contrast ink and paper, redrawn the
 * moment View › High contrast is turned on or off (a chart is drawn by Java2D, which no style sheet reaches).
 */
public final class ChartColours {

    private static final String USUAL = "chart-colours-usual";
    private static final String UNDO = "chart-colours-undo";
    private static final String FOLLOWING = "chart-colours-following";

    private ChartColours() {
    }

    /** Shows {@code chart} on {@code viewer}, in high contrast while the window has it. */
    public static void show(ChartViewer viewer, JFreeChart chart) {
        if (usual(viewer) != chart) {
            viewer.getProperties().remove(UNDO); // the chart shown before is let go, as it is
        }
        viewer.getProperties().put(USUAL, chart);
        follow(viewer);
        draw(viewer);
    }

    /** The chart as built: in the window's style, its usual colours or the high-contrast ink. */
    public static JFreeChart usual(ChartViewer viewer) {
        return (JFreeChart) viewer.getProperties().get(USUAL);
    }

    private static void draw(ChartViewer viewer) {
        JFreeChart usual = usual(viewer);
        if (usual == null) {
            return;
        }
        Optional<HighContrast.Ink> ink = Optional.ofNullable(viewer.getScene()).flatMap(HighContrast::ink);
        Runnable undo = (Runnable) viewer.getProperties().remove(UNDO);
        if (undo != null) {
            undo.run();
        }
        ink.ifPresent(i -> viewer.getProperties().put(UNDO, ChartInk.highContrast(usual, i.ink(), i.paper())));
        if (viewer.getChart() != usual) {
            viewer.setChart(usual);
        }
    }

    private static void follow(ChartViewer viewer) {
        if (viewer.getProperties().putIfAbsent(FOLLOWING, Boolean.TRUE) != null) {
            return;
        }
        ListChangeListener<String> restyle = change -> draw(viewer);
        viewer.sceneProperty().addListener((o, was, is) -> {
            if (was != null) {
                was.getStylesheets().removeListener(restyle);
            }
            if (is != null) {
                is.getStylesheets().addListener(restyle);
                draw(viewer);
            }
        });
        Scene scene = viewer.getScene();
        if (scene != null) {
            scene.getStylesheets().addListener(restyle);
        }
    }
}

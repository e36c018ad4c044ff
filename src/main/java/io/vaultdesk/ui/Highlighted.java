package io.vaultdesk.ui;

import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Text with some stretches marked, as a TextFlow: matched characters in the switcher, terms in snippets. */
final class Highlighted {
    private Highlighted() {
    }

    /** @param ranges [start, end) pairs, sorted and not overlapping */
    static TextFlow of(String text, List<int[]> ranges, String styleClass) {
        TextFlow flow = new TextFlow();
        int at = 0;
        for (int[] r : ranges) {
            if (r[0] > at) {
                flow.getChildren().add(plain(text.substring(at, r[0]), styleClass));
            }
            Text mark = plain(text.substring(r[0], r[1]), styleClass);
            mark.getStyleClass().add("match");
            flow.getChildren().add(mark);
            at = r[1];
        }
        if (at < text.length()) {
            flow.getChildren().add(plain(text.substring(at), styleClass));
        }
        return flow;
    }

    private static Text plain(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }

    /** Single matched positions to ranges: consecutive positions become one range. */
    static List<int[]> ranges(int[] positions) {
        List<int[]> ranges = new java.util.ArrayList<>();
        for (int p : positions) {
            int last = ranges.size() - 1;
            if (last >= 0 && ranges.get(last)[1] == p) {
                ranges.get(last)[1] = p + 1;
            } else {
                ranges.add(new int[] {p, p + 1});
            }
        }
        return ranges;
    }
}

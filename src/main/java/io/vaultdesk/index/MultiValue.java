package io.vaultdesk.index;

import java.util.Arrays;
import java.util.List;

/** Several values in one column, one per line: the values themselves never hold a line break. */
final class MultiValue {
    private MultiValue() {
    }

    static String join(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (String v : values) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(v.replace('\n', ' ').replace('\r', ' '));
        }
        return out.toString();
    }

    static List<String> split(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
    }
}

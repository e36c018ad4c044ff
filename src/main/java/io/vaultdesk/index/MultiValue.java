package io.vaultdesk.index;

import java.util.Arrays;
import java.util.List;

/** Several values in one column, one per line: the values themselves never hold a line break. */
final class MultiValue {
    private MultiValue() {
    }

    static String join(List<String> values) {
        if (values.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            appendValue(out, values.get(i));
        }
        return out.toString();
    }

    /** Appends one value with its line breaks turned into spaces. */
    static void appendValue(StringBuilder out, String value) {
        // Nearly every value has none: two searches the JIT makes fast, rather than a walk through the builder.
        if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            out.append(value);
            return;
        }
        int start = out.length();
        out.append(value);
        for (int i = start; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\n' || c == '\r') {
                out.setCharAt(i, ' ');
            }
        }
    }

    static List<String> split(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
    }
}

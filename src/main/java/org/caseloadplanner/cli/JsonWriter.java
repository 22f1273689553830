package org.caseloadplanner.cli;

import java.math.BigDecimal;

/** Writes JSON by hand, indented two spaces: just what the report needs, with strings escaped properly. */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private int depth;
    private boolean first = true;

    JsonWriter beginObject(String name) {
        key(name);
        out.append('{');
        depth++;
        first = true;
        return this;
    }

    JsonWriter endObject() {
        depth--;
        newline();
        out.append('}');
        first = false;
        return this;
    }

    JsonWriter beginArray(String name) {
        key(name);
        out.append('[');
        depth++;
        first = true;
        return this;
    }

    JsonWriter endArray() {
        depth--;
        newline();
        out.append(']');
        first = false;
        return this;
    }

    JsonWriter value(String name, String value) {
        key(name);
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        first = false;
        return this;
    }

    JsonWriter value(String name, long value) {
        key(name);
        out.append(value);
        first = false;
        return this;
    }

    /** A number with the decimals it needs and at least one, so 1 is written 1.0. */
    JsonWriter value(String name, double value) {
        key(name);
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        out.append((d.scale() < 1 ? d.setScale(1) : d).toPlainString());
        first = false;
        return this;
    }

    /** A number, or null where there is none. */
    JsonWriter number(String name, Double value) {
        if (value == null) {
            key(name);
            out.append("null");
            first = false;
            return this;
        }
        return value(name, value.doubleValue());
    }

    JsonWriter value(String name, boolean value) {
        key(name);
        out.append(value);
        first = false;
        return this;
    }

    /** The name is null inside arrays, where values have none. */
    private void key(String name) {
        if (depth > 0) {
            if (!first) {
                out.append(',');
            }
            newline();
        }
        if (name != null) {
            string(name);
            out.append(": ");
        }
    }

    private void newline() {
        out.append('\n').append("  ".repeat(Math.max(depth, 0)));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

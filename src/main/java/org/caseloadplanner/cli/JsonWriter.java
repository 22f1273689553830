package org.caseloadplanner.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The headless commands' JSON, written by Jackson as the commands go: indented two spaces, {@code "name": value},
 * empty lists as {@code []}, and numbers with the decimals they need and at least one (so 1 is written 1.0).
 */
final class JsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final StringWriter out = new StringWriter();
    private final JsonGenerator json;

    JsonWriter() {
        try {
            json = FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.setPrettyPrinter(new Layout());
    }

    JsonWriter beginObject(String name) {
        return write(() -> {
            name(name);
            json.writeStartObject();
        });
    }

    JsonWriter endObject() {
        return write(json::writeEndObject);
    }

    JsonWriter beginArray(String name) {
        return write(() -> {
            name(name);
            json.writeStartArray();
        });
    }

    JsonWriter endArray() {
        return write(json::writeEndArray);
    }

    /** The name is null inside arrays, where values have none. */
    JsonWriter value(String name, String value) {
        return write(() -> {
            name(name);
            json.writeString(value);
        });
    }

    JsonWriter value(String name, long value) {
        return write(() -> {
            name(name);
            json.writeNumber(value);
        });
    }

    JsonWriter value(String name, double value) {
        return write(() -> {
            name(name);
            BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
            json.writeNumber(d.scale() < 1 ? d.setScale(1) : d);
        });
    }

    /** A number, or null where there is none. */
    JsonWriter number(String name, Double value) {
        if (value == null) {
            return write(() -> {
                name(name);
                json.writeNull();
            });
        }
        return value(name, value.doubleValue());
    }

    JsonWriter value(String name, boolean value) {
        return write(() -> {
            name(name);
            json.writeBoolean(value);
        });
    }

    private void name(String name) throws IOException {
        if (name != null) {
            json.writeFieldName(name);
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private JsonWriter write(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter never fails; Jackson's checks do
        }
        return this;
    }

    @Override
    public String toString() {
        try {
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Jackson's indented layout with {@code "name": value} and {@code []} for an empty list. */
    private static final class Layout extends DefaultPrettyPrinter {

        Layout() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
            indentObjectsWith(twoSpaces);
            indentArraysWith(twoSpaces);
        }

        private Layout(Layout base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Layout(this);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            if (values == 0) {
                _nesting--;
                g.writeRaw(']');
                return;
            }
            super.writeEndArray(g, values);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            if (entries == 0) {
                _nesting--;
                g.writeRaw('}');
                return;
            }
            super.writeEndObject(g, entries);
        }
    }
}

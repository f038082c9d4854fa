package nl.wijkwijzer.model;

import java.util.Map;

import nl.wijkwijzer.diagnostics.Source;

/** Where a record came from: its file and the position of each field (dotted path, e.g. {@code blokkades[2].weeffout}). */
public record Origin(String path, Map<String, Source> fields) {
    public Source at(String field) {
        return fields.getOrDefault(field, Source.file(path));
    }

    public Source file() {
        return Source.file(path);
    }
}

package nl.wijkwijzer.gates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.SAXException;

import nu.validator.client.EmbeddedValidator;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu) run in-process. Only errors count;
 * the checker's informational warnings are left out.
 */
public final class HtmlValidator {
    // Language detection only ever gives warnings and costs most of the time per page.
    private static final ThreadLocal<EmbeddedValidator> VALIDATOR = ThreadLocal.withInitial(() -> {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        validator.setForceHTML(true);
        return validator;
    });

    private HtmlValidator() {
    }

    /** Every error in one HTML file as {@code line.col: message}; empty when the page is valid. */
    public static List<String> errors(Path file) {
        try {
            return errors(Files.readAllBytes(file));
        } catch (IOException e) {
            return List.of("0.0: kan niet lezen: " + e.getMessage());
        }
    }

    public static List<String> errors(byte[] html) {
        EmbeddedValidator validator = VALIDATOR.get();
        String report;
        try {
            report = validator.validate(new ByteArrayInputStream(html));
        } catch (IOException | SAXException e) {
            return List.of("0.0: " + e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        for (String line : report.split("\\R")) {
            // GNU format: "<file>:<line>.<col>-<line>.<col>: error: <message>" (warnings say "info warning").
            int at = line.indexOf(": error: ");
            int fatal = line.indexOf(": fatal: ");
            if (at >= 0 || fatal >= 0) {
                int colon = line.indexOf(':');
                String where = colon >= 0 && colon < Math.max(at, fatal) ? line.substring(colon + 1, Math.max(at, fatal)) : "";
                errors.add(where + ": " + line.substring(Math.max(at, fatal) + 2));
            }
        }
        return errors;
    }
}

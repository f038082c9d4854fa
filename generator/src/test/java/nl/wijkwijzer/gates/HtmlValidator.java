package nl.wijkwijzer.gates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu) run in-process. Only errors count; the
 * checker's warnings are left out. {@code EmbeddedValidator} loads the HTML5 schema again for every
 * document (about half a second), so this keeps one set-up validator per thread instead, without
 * log4j initialisation (the validator's log4j.properties would switch the whole test JVM to DEBUG)
 * and without language detection (it only gives warnings).
 */
public final class HtmlValidator {
    private static final ThreadLocal<Checker> CHECKER = ThreadLocal.withInitial(Checker::new);

    private HtmlValidator() {
    }

    /** Every error in one HTML file as {@code line.col: error: message}; empty when the page is valid. */
    public static List<String> errors(Path file) {
        try {
            return errors(Files.readAllBytes(file));
        } catch (IOException e) {
            return List.of("0.0: fout: kan niet lezen: " + e.getMessage());
        }
    }

    public static List<String> errors(byte[] html) {
        return CHECKER.get().check(html);
    }

    private static final class Checker implements ErrorHandler {
        private final SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        private final List<String> errors = new ArrayList<>();

        Checker() {
            try {
                validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, this);
                validator.setUpValidatorAndParsers(this, false, false);
            } catch (Exception e) {
                throw new IllegalStateException("Nu HTML Checker kan niet starten", e);
            }
        }

        List<String> check(byte[] html) {
            errors.clear();
            InputSource source = new InputSource(new ByteArrayInputStream(html));
            source.setEncoding("UTF-8");
            try {
                validator.checkHtmlInputSource(source);
            } catch (IOException | SAXException e) {
                errors.add("0.0: fatal: " + e.getMessage());
            }
            return List.copyOf(errors);
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings do not fail the gate
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + "." + e.getColumnNumber() + ": error: " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(e.getLineNumber() + "." + e.getColumnNumber() + ": fatal: " + e.getMessage());
        }
    }
}

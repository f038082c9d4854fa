package nl.wijkwijzer.pdf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF (the PDF Association's validator) against the PDF/UA-1 profile. Returns the failed rules,
 * each with its clause, description and number of failed checks, so a test message says what is wrong.
 */
public final class PdfUa {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** Failed rules as "clause-test: description (n×)"; empty when the PDF conforms. */
    public static synchronized Map<String, String> violations(byte[] pdf) {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                InputStream in = new ByteArrayInputStream(pdf);
                PDFAParser parser = foundry.createParser(in, PDFAFlavour.PDFUA_1);
                PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, String> texts = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                    counts.merge(rule, 1, Integer::sum);
                    texts.putIfAbsent(rule, a.getMessage().replaceAll("\\s+", " "));
                }
            }
            Map<String, String> out = new TreeMap<>();
            counts.forEach((rule, n) -> out.put(rule, texts.get(rule) + " (" + n + "x)"));
            if (out.isEmpty() && !result.isCompliant()) {
                out.put("?", "veraPDF: niet conform zonder gefaalde regel");
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF kon de PDF niet lezen: " + e, e);
        }
    }

    /** Validates the PDFs given as arguments, to check a built site by hand (test classpath). */
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Map<String, String> v = violations(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(a)));
            System.out.println(a + ": " + v.size() + " failed rules");
            v.forEach((k, t) -> System.out.println("   " + k + " " + t));
        }
    }
}

package nl.wijkwijzer.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The external tools the browser, search and accessibility tests drive (Chromium, chromedriver,
 * node, npm's axe-core). A missing tool fails the test run: a green run must mean the browser
 * gates ran. Only a developer who says so with {@code WIJKWIJZER_TESTS_ZONDER_TOOLS=1} gets those
 * tests skipped (Surefire counts them as skipped, visibly), and never on CI ({@code CI=true}).
 */
public final class RequiredTool {
    static final String OPT_OUT = "WIJKWIJZER_TESTS_ZONDER_TOOLS";

    private RequiredTool() {
    }

    /** Returns when {@code present}; otherwise fails (or, opted out outside CI, skips) naming the fix. */
    public static void require(boolean present, String tool) {
        if (present) {
            return;
        }
        String message = tool + " ontbreekt; installeer het (Debian: apt-get install chromium chromium-driver nodejs npm nginx-light openssl,"
                + " of draai .ci/run). Zonder: " + OPT_OUT + "=1 slaat deze tests zichtbaar over (niet op CI).";
        if (optedOut(System.getenv())) {
            Assumptions.abort(message);
        }
        Assertions.fail(message);
    }

    /** Whether the environment asks to skip tests whose tool is missing: never when CI=true. */
    static boolean optedOut(java.util.Map<String, String> env) {
        return "1".equals(env.get(OPT_OUT)) && !"true".equalsIgnoreCase(env.getOrDefault("CI", ""));
    }
}

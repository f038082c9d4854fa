package nl.wijkwijzer.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RequiredToolTest {
    @Test
    void aMissingToolFailsTheTest() {
        if (RequiredTool.optedOut(System.getenv())) {
            return; // this very run asked to skip; the environment cases below still hold
        }
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> RequiredTool.require(false, "chromium"));
        assertTrue(e.getMessage().startsWith("chromium ontbreekt"), e.getMessage());
    }

    @Test
    void onlyAnExplicitOptOutOutsideCiSkips() {
        assertFalse(RequiredTool.optedOut(Map.of()));
        assertTrue(RequiredTool.optedOut(Map.of(RequiredTool.OPT_OUT, "1")));
        assertFalse(RequiredTool.optedOut(Map.of(RequiredTool.OPT_OUT, "1", "CI", "true")));
        assertFalse(RequiredTool.optedOut(Map.of(RequiredTool.OPT_OUT, "0")));
    }
}

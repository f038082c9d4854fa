package nl.wijkwijzer.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The hand-written field-name check agrees with its pattern, so no unusual key reaches a message. */
class SafeKeyTest {
    @Test
    void sameAsThePattern() {
        String alphabet = "az09-Z_é .:";
        Random random = new Random(9);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(i % 10 == 0 ? 66 : 6);
            for (int k = 0; k < length; k++) {
                sb.append(alphabet.charAt(random.nextInt(random.nextInt(10) == 0 ? alphabet.length() : 5)));
            }
            String key = sb.toString();
            assertEquals(TextField.SAFE_KEY.matcher(key).matches(), TextField.isSafeKey(key), key);
        }
    }
}

package nl.wijkwijzer.yaml;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the place it came from. The loader reads content through this tree instead of
 * plain Java maps so that every diagnostic can name line and column.
 */
public sealed interface YNode {
    int line();

    int column();

    /** Human word for the kind of value, used in "verwacht tekst, maar vond een lijst". */
    String kind();

    /**
     * @param value the scalar text as written (after YAML unescaping)
     * @param tag   the resolved YAML tag name without prefix: str, int, float, bool, null, timestamp
     * @param block true for literal or folded block scalars (| or >), whose text starts on the next line
     */
    record Scalar(String value, String tag, boolean block, int line, int column) implements YNode {
        public boolean isNull() {
            return tag.equals("null");
        }

        @Override
        public String kind() {
            return isNull() ? "een lege waarde" : "tekst";
        }
    }

    record Entry(String key, int line, int column, YNode value) {
    }

    record YMap(Map<String, Entry> entries, int line, int column) implements YNode {
        @Override
        public String kind() {
            return "een blok met velden";
        }
    }

    record YList(List<YNode> items, int line, int column) implements YNode {
        @Override
        public String kind() {
            return "een lijst";
        }
    }
}

package nl.wijkwijzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.diagnostics.Source;
import nl.wijkwijzer.model.Origin;

/** The loader's compact positions are a map like any other: same entries, equal; positions read back. */
class PoolsTest {
    @Test
    void compactPositionsEqualThePlainMapAndReadBack() {
        Map<String, Source> plain = new LinkedHashMap<>();
        plain.put("titel", new Source("casuistiek/a.yaml", 1, 8));
        plain.put("blokkades[2].weeffout", new Source("casuistiek/a.yaml", 14, 17));
        plain.put("wijk", new Source("casuistiek/a.yaml", 3, 7));
        Pools pools = new Pools(true);
        Map<String, Source> compact = pools.positions("casuistiek/a.yaml", plain);
        assertEquals(plain, compact);
        assertEquals(compact, plain);
        assertEquals(plain.hashCode(), compact.hashCode());
        assertEquals(new Source("casuistiek/a.yaml", 14, 17), compact.get("blokkades[2].weeffout"));
        assertNull(compact.get("situatie"));
        Origin origin = new Origin("casuistiek/a.yaml", compact);
        assertEquals(Source.file("casuistiek/a.yaml"), origin.at("situatie"));
        assertEquals(new Origin("casuistiek/a.yaml", plain), origin);

        // Another record with the same fields shares the names, and differs by its positions.
        Map<String, Source> other = new LinkedHashMap<>(plain);
        other.put("wijk", new Source("casuistiek/a.yaml", 4, 7));
        Map<String, Source> compactOther = pools.positions("casuistiek/a.yaml", other);
        assertNotEquals(compact, compactOther);
        assertEquals(other, compactOther);
        assertSame(pools.shared("zuidoost"), pools.shared(new String("zuidoost")));
    }
}

package nl.wijkwijzer.pages;

import java.util.List;

/**
 * The related cases of each case, as links from its page: an input to planning, made by the search
 * stage. Asked when a case page's model is made (on the rendering threads), so only the ids need be held.
 */
@FunctionalInterface
public interface Related {
    Related NONE = id -> List.of();

    /** The links for the case {@code casusId}, best first; empty when there are none. */
    List<PagePlanner.Link> of(String casusId);
}

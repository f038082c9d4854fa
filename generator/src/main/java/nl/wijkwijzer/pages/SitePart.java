package nl.wijkwijzer.pages;

import java.util.List;
import java.util.Map;

import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;

/**
 * A later stage that adds to one audience's site: search, report, handouts. It receives the
 * audience view only, so it cannot see records the audience may not see.
 */
public interface SitePart {

    /**
     * @param pages       extra pages to render; build their models with {@link PagePlanner#frame}
     * @param files       extra files as bytes (scripts, PDF, CSV), by relative output path
     * @param related     the related cases of each case, shown on its page ({@link Related#NONE} from a
     *                    part that has none)
     */
    record Output(List<Page> pages, Map<String, byte[]> files, Related related) {
        public Output(List<Page> pages, Map<String, byte[]> files) {
            this(pages, files, Related.NONE);
        }

        public static Output empty() {
            return new Output(List.of(), Map.of());
        }
    }

    Output contribute(KnowledgeBase view, Zichtbaarheid audience, BuildContext context);

    /**
     * What a part may need besides the view: the options of this build, the renderer for PDF sources,
     * this build's memos and profile ({@code cache}),
     * and where ready files may go at once, from any thread (the full build writes them straight to
     * disk; the preview collects them), instead of in {@link Output#files()}: for files that grow with
     * the corpus, such as the search files.
     */
    record BuildContext(java.time.LocalDate today, nl.wijkwijzer.render.Renderer renderer,
            java.util.function.BiConsumer<String, byte[]> ready, nl.wijkwijzer.util.BuildCache cache) {
        /** A context that remembers nothing between calls (a part run on its own). */
        public BuildContext(java.time.LocalDate today, nl.wijkwijzer.render.Renderer renderer,
                java.util.function.BiConsumer<String, byte[]> ready) {
            this(today, renderer, ready, nl.wijkwijzer.util.BuildCache.uncached());
        }
    }
}

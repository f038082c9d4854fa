package nl.wijkwijzer.content;

import java.util.List;
import java.util.Set;

import nl.wijkwijzer.model.KnowledgeBase;

/**
 * What the loader returns: the model plus every source file for the text-scanning checks.
 *
 * @param kb     every record, drafts included (so references to them resolve and {@code serve} can show them)
 * @param drafts the paths (as in {@code Origin.path()}) of the records marked {@code concept: true};
 *               a build leaves them out ({@code nl.wijkwijzer.drafts.Drafts#published})
 */
public record LoadedContent(KnowledgeBase kb, List<ContentFile> files, Set<String> drafts) {
    public LoadedContent {
        drafts = Set.copyOf(drafts);
    }

    public LoadedContent(KnowledgeBase kb, List<ContentFile> files) {
        this(kb, files, Set.of());
    }
}

package nl.wijkwijzer.content;

import java.util.List;

import nl.wijkwijzer.model.KnowledgeBase;

/** What the loader returns: the model plus every source file for the text-scanning checks. */
public record LoadedContent(KnowledgeBase kb, List<ContentFile> files) {
}

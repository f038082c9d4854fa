package nl.wijkwijzer.model;

/**
 * How a case holds its prose (situatie, hulpvraag, oplossing, waardendriehoek, the blockers'
 * toelichtingen). {@link Casus.Verhaal} is the plain form and its own holder; for a very large corpus
 * the loader may choose a packed form instead (the build profile decides). Every form gives the same
 * {@link Casus.Verhaal}, so every result is the same whichever the loader chose.
 *
 * <p>Equality: two holders of the same form are equal when their prose is; the forms are not mixed
 * within one build.
 */
public interface Prose {
    /** The prose itself. */
    Casus.Verhaal verhaal();
}

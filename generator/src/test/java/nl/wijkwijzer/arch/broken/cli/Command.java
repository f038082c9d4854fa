package nl.wijkwijzer.arch.broken.cli;

/** Stands for the command line in the broken layout. */
public final class Command {
    public static final java.util.List<String> OPTIONS = java.util.List.of("--content");
}

package nl.wijkwijzer.arch.broken.stage;

/** Breaks both rules on purpose: a cycle with {@code helper}, and a stage that uses the command line. */
public final class Stage {
    public static int work() {
        return nl.wijkwijzer.arch.broken.helper.Helper.help() + nl.wijkwijzer.arch.broken.cli.Command.OPTIONS.size();
    }
}

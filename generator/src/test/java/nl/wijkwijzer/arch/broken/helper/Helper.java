package nl.wijkwijzer.arch.broken.helper;

/** Calls back into the stage that calls it: a package cycle. */
public final class Helper {
    public static int help() {
        return nl.wijkwijzer.arch.broken.stage.Stage.class.getSimpleName().length();
    }

    static int back() {
        return nl.wijkwijzer.arch.broken.stage.Stage.work();
    }
}

package nl.wijkwijzer.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The output folder may not or cannot be written: a refused {@code --out}, a full disk, a read-only
 * folder. The message is Dutch and complete (what, where, what to do); the command line shows it with
 * exit code 2. The original failure stays available as the cause.
 */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    private OutputException(String message, Throwable cause) {
        super(message, cause);
    }

    static OutputException refused(Path out, String why, String fix) {
        return new OutputException("--out " + out + " wordt niet gebruikt: " + why + ". Er is niets veranderd. Oplossing: "
                + fix + ".", null);
    }

    /**
     * A write, rename or folder creation of a build failed. The site at the output (if any) is then
     * untouched: every failure comes before the swap, or during it, and the swap undoes its first rename.
     */
    static OutputException ioFailure(Path where, IOException e) {
        return failure(where, e, " De vorige site (als die er was) is ongewijzigd.");
    }

    private static OutputException failure(Path where, IOException e, String state) {
        String cause = cause(e);
        return new OutputException("kan niet schrijven in " + where + ": " + cause + "." + state + " Oplossing: " + fix(cause)
                + ".", e);
    }

    /**
     * A failed write into {@code where} as a Dutch message, for writers outside this package that
     * change files in place (the preview), so without a promise about the files on disk.
     */
    public static OutputException writing(Path where, IOException e) {
        return e instanceof OutputException o ? o : failure(where, e, "");
    }

    /** The Dutch name of what went wrong; the operating system's reason decides, not the exception class alone. */
    static String cause(IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        String r = reason.toLowerCase(java.util.Locale.ROOT);
        if (r.contains("no space left") || r.contains("disk quota")) {
            return "de schijf is vol";
        } else if (r.contains("file too large")) {
            return "een bestand is groter dan hier mag (bestandslimiet)";
        } else if (r.contains("read-only file system")) {
            return "de schijf is alleen-lezen";
        } else if (e instanceof AccessDeniedException || r.contains("permission denied") || r.contains("operation not permitted")) {
            return "je hebt geen schrijfrechten";
        } else if (e instanceof NotDirectoryException || e instanceof java.nio.file.FileAlreadyExistsException
                || r.contains("not a directory")) {
            return "een deel van het pad is een bestand, geen map";
        } else if (e instanceof NoSuchFileException) {
            return "een map verdween tijdens het schrijven";
        } else if (r.contains("too many open files")) {
            return "er staan te veel bestanden tegelijk open";
        } else if (r.contains("file name too long") || r.contains("name too long")) {
            return "een bestandsnaam of pad is te lang";
        }
        return "de schijf gaf een onverwachte fout (de details toont --debug)";
    }

    private static String fix(String cause) {
        if (cause.startsWith("de schijf is vol") || cause.startsWith("een bestand is groter")) {
            return "maak ruimte vrij of kies met --out een map op een andere schijf, en bouw opnieuw";
        } else if (cause.contains("alleen-lezen") || cause.contains("schrijfrechten")) {
            return "kies met --out een map waarin je mag schrijven, of pas de rechten aan";
        }
        return "controleer de map en bouw opnieuw; helpt dat niet, kies met --out een andere map";
    }
}

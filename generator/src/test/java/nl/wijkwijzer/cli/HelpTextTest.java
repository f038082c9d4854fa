package nl.wijkwijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.build.TextGlitches;
import picocli.CommandLine;

/** Issue 23: every command's --help (also the hidden ones and {@code help}) is Dutch and free of text glitches. */
class HelpTextTest {
    private static void commands(CommandLine cli, List<String> prefix, List<List<String>> into) {
        into.add(prefix);
        cli.getSubcommands().forEach((name, sub) -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            commands(sub, path, into);
        });
    }

    private static String help(List<String> command, String... extra) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, args + ": " + err);
        return out.toString();
    }

    @Test
    void everyHelpIsDutchWithoutGlitches() {
        List<List<String>> all = new ArrayList<>();
        commands(new CommandLine(new Main()), List.of(), all);
        // The root, nine commands and help; the benchmarks are in the bench module's own command line.
        assertTrue(all.size() >= 10, "commands: " + all);
        List<String> found = new ArrayList<>();
        for (List<String> command : all) {
            String text = help(command, "--help");
            assertTrue(text.startsWith("Gebruik: wijkwijzer") || command.equals(List.of("help")), command + ": " + text);
            TextGlitches.inHelp(String.join(" ", command) + " --help", text).forEach(g -> found.add(g.toString()));
        }
        for (String topic : List.of("help", "build")) {
            TextGlitches.inHelp("help " + topic, help(List.of("help", topic))).forEach(g -> found.add(g.toString()));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void helpOnAnUnknownCommandIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(Main.USAGE, Main.run(new String[] {"help", "bouw"}, new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertTrue(err.toString().contains("onbekende opdracht 'bouw'") && err.toString().contains("build, check"), err.toString());
        assertTrue(!err.toString().contains("bench"), "hidden commands stay hidden: " + err);
    }
}

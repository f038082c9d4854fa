package nl.wijkwijzer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * For tests of the JVM options file ({@code bin/jvm.options}): its options as java reads them, and a
 * tiny jar whose main prints the options its JVM was started with, one per line.
 */
public final class JvmOptionsFile {
    private JvmOptionsFile() {
    }

    /** The main of the tiny jar: prints the JVM's input arguments, as the JVM itself reports them. */
    public static final class PrintInputArguments {
        public static void main(String[] args) {
            java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(System.out::println);
        }
    }

    /** The options of an argument file: one per line, without comments ({@code #} to the end of a line) and blank lines. */
    public static List<String> options(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int hash = line.indexOf('#');
            String option = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!option.isEmpty()) {
                out.add(option);
            }
        }
        return out;
    }

    /** Writes a runnable jar holding {@link PrintInputArguments} only. */
    public static void writePrintingJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, PrintInputArguments.class.getName());
        String entry = PrintInputArguments.class.getName().replace('.', '/') + ".class";
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = PrintInputArguments.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
    }

    /** Runs a command; returns what it printed (standard output and error), failing on a non-zero exit. */
    public static List<String> run(List<String> command, Path dir) throws IOException, InterruptedException {
        return run(command, dir, java.util.Map.of());
    }

    /** As {@link #run(List, Path)}, with {@code env} added to the command's environment. */
    public static List<String> run(List<String> command, Path dir, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("WIJKWIJZER_BENCH_JVM");
        Process p = pb.start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new AssertionError(command + " failed:\n" + printed);
        }
        return printed.lines().toList();
    }
}

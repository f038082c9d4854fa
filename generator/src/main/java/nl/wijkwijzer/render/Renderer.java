package nl.wijkwijzer.render;

import nl.wijkwijzer.markdown.SafeHtml;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.diagnostics.Source;

/**
 * FreeMarker with HTML auto-escaping. Templates come from the gemeente's folder first and from the
 * defaults shipped in the jar second, so overriding one file is enough. Only formats view models;
 * content text is data, never template source, so {@code ${...}} in content stays text.
 */
public final class Renderer {
    private static final String DEFAULTS = "/nl/wijkwijzer/templates";
    private final Configuration cfg;
    private final Path templatesDir;
    /** The gemeente's {@code static/} folder, or null. */
    private final Path staticDir;
    /** Per output format: {@link SafeHtml} must reach a template as markup of the template's own format. */
    private final MarkupWrapper htmlWrapper;
    private final MarkupWrapper xhtmlWrapper;
    private final MarkupWrapper xmlWrapper;
    private final MarkupWrapper otherWrapper;

    static {
        // FreeMarker would pick up whatever logging library is on the classpath and log every
        // template lookup; a build reports template failures itself.
        System.setProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, freemarker.log.Logger.LIBRARY_NAME_NONE);
    }

    public Renderer(Path templatesDir) {
        this.templatesDir = templatesDir;
        this.staticDir = templatesDir == null ? null : templatesDir.resolve("static");
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (templatesDir != null && Files.isDirectory(templatesDir)) {
            // FreeMarker's FileTemplateLoader would quietly skip a template behind an outside link (and
            // use the default), and the static files are read as they are: refuse such a link up front.
            refuseOutsideLinks(templatesDir);
            try {
                loaders.add(new FileTemplateLoader(templatesDir.toFile()));
            } catch (IOException e) {
                throw new IllegalStateException("templates folder unreadable: " + templatesDir, e);
            }
        }
        loaders.add(new ClassTemplateLoader(Renderer.class, DEFAULTS));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocale(Locale.forLanguageTag("nl-NL"));
        cfg.setTimeZone(TimeZone.getTimeZone("Europe/Amsterdam"));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        cfg.setObjectWrapper(wrapper.build());
        htmlWrapper = new MarkupWrapper(Configuration.VERSION_2_3_34, freemarker.core.HTMLOutputFormat.INSTANCE);
        xhtmlWrapper = new MarkupWrapper(Configuration.VERSION_2_3_34, freemarker.core.XHTMLOutputFormat.INSTANCE);
        xmlWrapper = new MarkupWrapper(Configuration.VERSION_2_3_34, freemarker.core.XMLOutputFormat.INSTANCE);
        otherWrapper = new MarkupWrapper(Configuration.VERSION_2_3_34, freemarker.core.PlainTextOutputFormat.INSTANCE);
        cfg.setNumberFormat("computer");
        // A static file that clashes with a generated one is found before any work is done.
        ownStaticFiles();
    }

    /** Throws a {@link LinkFailure} for the first link in {@code dir} that leads outside it or nowhere. */
    private static void refuseOutsideLinks(Path dir) {
        List<Path> links;
        try (var walk = Files.walk(dir)) {
            links = walk.filter(Files::isSymbolicLink).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw StaticFileFailure.unreadable(dir, e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause());
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String folder = name == null ? "templates" : name.toString();
        for (Path link : links) {
            nl.wijkwijzer.content.Links.refused(dir, link).ifPresent(r -> {
                throw new LinkFailure(folder + "/" + r.link(), r.message(folder), r.hint());
            });
        }
    }

    /** Renders a template; a template error is a bug in the template, reported with its name and line. */
    public String render(String template, Object model) {
        return process(template, model, new StringWriter(8192)).toString();
    }

    /** {@link #render} as UTF-8 bytes, encoded while the template runs (see {@link Utf8Writer}). */
    public byte[] renderBytes(String template, Object model) {
        return process(template, model, new Utf8Writer(16384)).toByteArray();
    }

    private <W extends java.io.Writer> W process(String template, Object model, W out) {
        try {
            freemarker.template.Template t = cfg.getTemplate(template);
            t.process(model, out, wrapperFor(t.getOutputFormat()));
            return out;
        } catch (IOException | TemplateException e) {
            throw TemplateFailure.of(template, e);
        }
    }

    private MarkupWrapper wrapperFor(freemarker.core.OutputFormat format) {
        if (format == freemarker.core.HTMLOutputFormat.INSTANCE) {
            return htmlWrapper;
        }
        if (format == freemarker.core.XHTMLOutputFormat.INSTANCE) {
            return xhtmlWrapper;
        }
        return format == freemarker.core.XMLOutputFormat.INSTANCE ? xmlWrapper : otherWrapper;
    }

    /**
     * Names under {@code assets/} that the generator makes itself, with what they hold: a static file
     * of that name would clash with it.
     */
    public static final Map<String, String> GENERATED_ASSETS = Map.of(
            "theme.css", "de kleur uit site.yaml",
            "search", "de map met de zoekbestanden");

    /** Static assets: the shipped defaults overlaid with the gemeente's {@code static/} folder. */
    public Map<String, byte[]> staticAssets() {
        Map<String, byte[]> assets = new LinkedHashMap<>();
        try {
            for (String n : bundledStaticNames()) {
                try (InputStream in = Renderer.class.getResourceAsStream(DEFAULTS + "/static/" + n)) {
                    if (in != null) {
                        assets.put(n, in.readAllBytes());
                    }
                }
            }
            for (Path p : ownStaticFiles()) {
                assets.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw StaticFileFailure.unreadable(staticDir, e);
        }
        return assets;
    }

    /** Names of the default static assets shipped in the jar (or in target/classes during tests), sorted. */
    private static java.util.List<String> bundledStaticNames() throws IOException {
        java.net.URL url = Renderer.class.getResource(DEFAULTS + "/static/");
        if (url == null) {
            return java.util.List.of();
        }
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        try {
            if (url.getProtocol().equals("jar")) {
                java.net.JarURLConnection c = (java.net.JarURLConnection) url.openConnection();
                c.setUseCaches(false);
                try (java.util.jar.JarFile jar = c.getJarFile()) {
                    String prefix = c.getEntryName();
                    jar.stream().map(java.util.jar.JarEntry::getName)
                            .filter(e -> e.startsWith(prefix) && e.length() > prefix.length() && !e.endsWith("/"))
                            .map(e -> e.substring(prefix.length())).filter(e -> !e.contains("/"))
                            .forEach(names::add);
                }
            } else {
                try (var files = Files.list(Path.of(url.toURI()))) {
                    files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).forEach(names::add);
                }
            }
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        names.removeIf(n -> n.equals("index.txt") || n.startsWith("."));
        return java.util.List.copyOf(names);
    }

    /** The gemeente's own static files; one with a name the generator makes itself is an error. */
    private List<Path> ownStaticFiles() {
        if (staticDir == null || !Files.isDirectory(staticDir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (var files = Files.list(staticDir)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString();
                if (GENERATED_ASSETS.containsKey(n)) {
                    throw StaticFileFailure.reserved(p, n);
                }
                if (Files.isRegularFile(p) && !n.equals("index.txt") && !n.startsWith(".")) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw StaticFileFailure.unreadable(staticDir, e);
        }
        return out;
    }

    /**
     * A fault in the gemeente's templates, not in the content: where it is, what is wrong and what to do.
     * The command line prints the message; the preview shows it in the browser like a content error.
     */
    public abstract static class TemplatesFault extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Source at;
        private final String why;
        private final String hint;

        TemplatesFault(String message, Source at, String why, String hint, Exception cause) {
            super(message, cause);
            this.at = at;
            this.why = why;
            this.hint = hint;
        }

        /** "geef ..." as a sentence of its own: ". Geef ..." (nothing for no hint). */
        static String sentence(String hint) {
            return hint.isEmpty() ? "" : ". " + Character.toUpperCase(hint.charAt(0)) + hint.substring(1);
        }

        /** Adds this fault to {@code d} as an error. */
        public void report(Diagnostics d) {
            d.error(at, "sjabloon", why, hint);
        }
    }

    /** A static file cannot be used: names the file and what to do. */
    public static final class StaticFileFailure extends TemplatesFault {
        private static final long serialVersionUID = 1L;

        private StaticFileFailure(Path file, String why, String hint, Exception cause) {
            super(file + ": " + why + sentence(hint) + ".",
                    Source.file(String.valueOf(file)), why, hint, cause);
        }

        static StaticFileFailure reserved(Path file, String name) {
            return new StaticFileFailure(file, "deze naam gebruikt de generator zelf (assets/" + name + ": "
                    + GENERATED_ASSETS.get(name) + ")", "geef het bestand een andere naam en pas de verwijzing in de sjablonen aan", null);
        }

        static StaticFileFailure unreadable(Path dir, IOException e) {
            return new StaticFileFailure(dir == null ? Path.of("sjablonen") : dir, "statische bestanden zijn niet te lezen ("
                    + e.getMessage() + ")", "controleer of de map bestaat en leesbaar is", e);
        }
    }

    /** A symbolic link in the templates folder that leads outside it: names the link, never its target. */
    public static final class LinkFailure extends TemplatesFault {
        private static final long serialVersionUID = 1L;

        private LinkFailure(String link, String why, String hint) {
            super(link + ": " + why + sentence(hint) + ".", Source.file(link), why, hint, null);
        }
    }

    /** A template failed: names the template and the FreeMarker reason (line and column included). */
    public static final class TemplateFailure extends TemplatesFault {
        private static final long serialVersionUID = 1L;

        private TemplateFailure(String message, Source at, String why, String hint, Exception cause) {
            super(message, at, why, hint, cause);
        }

        /**
         * "sjabloon NAME:LINE:COLUMN: fout: WHY", like a content error; NAME is where FreeMarker stopped
         * (an included template may be another file than the one rendered).
         */
        static TemplateFailure of(String template, Exception cause) {
            String name = template;
            Integer line = null;
            Integer column = null;
            if (cause instanceof TemplateException te && te.getLineNumber() != null) {
                name = te.getTemplateSourceName() == null ? template : te.getTemplateSourceName();
                line = te.getLineNumber();
                column = te.getColumnNumber();
            } else if (cause instanceof freemarker.core.ParseException pe) {
                name = pe.getTemplateName() == null ? template : pe.getTemplateName();
                line = pe.getLineNumber();
                column = pe.getColumnNumber();
            }
            String why = firstLine(cause.getMessage());
            String hint = "";
            if (cause instanceof freemarker.core.InvalidReferenceException ire && ire.getBlamedExpressionString() != null) {
                String blamed = ire.getBlamedExpressionString();
                why = "'" + blamed + "' bestaat niet of is leeg";
                hint = "controleer de naam, of geef een standaardwaarde: ${" + blamed + "!\"\"}";
            }
            String from = name.equals(template) ? "" : " (bij het maken van " + template + ")";
            String message = "sjabloon " + name + (line == null ? "" : ":" + line + ":" + column) + ": fout: " + why
                    + sentence(hint) + from;
            Source at = Source.file("sjabloon " + name);
            return new TemplateFailure(message, line == null ? at : at.at(line, column), why + from, hint, cause);
        }

        private static String firstLine(String s) {
            if (s == null) {
                return "";
            }
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }
    }
}

package nl.wijkwijzer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Hugo anchor: the same generated cases as Markdown pages (title, date, summary, situation and
 * solution) with a minimal layout and the default taxonomies off.
 */
final class HugoSite {
    private HugoSite() {
    }

    static Path write(Path content, Path site) throws IOException {
        if (Files.isDirectory(site.resolve("content/casussen"))) {
            return site;
        }
        Files.createDirectories(site.resolve("content/casussen"));
        Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(site.resolve("hugo.toml"), """
                baseURL = "http://example.org/"
                languageCode = "nl"
                title = "Wijkwijzer vergelijking"
                disableKinds = ["taxonomy", "term", "RSS"]
                """);
        Files.writeString(site.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        Files.writeString(site.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }}</p><p>{{ .Summary }}</p>{{ .Content }}{{ end }}
                """);
        Files.writeString(site.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
                """);
        List<Path> files;
        try (Stream<Path> s = Files.list(content.resolve("casuistiek"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        try {
            files.parallelStream().forEach(p -> {
                try {
                    String y = Files.readString(p, StandardCharsets.UTF_8);
                    String id = p.getFileName().toString().replace(".yaml", "");
                    String md = "---\ntitle: " + field(y, "titel") + "\ndate: " + field(y, "datum") + "\nsummary: "
                            + field(y, "samenvatting") + "\n---\n\n## Situatie\n\n" + block(y, "situatie") + "\n\n## Oplossing\n\n"
                            + block(y, "oplossing") + "\n";
                    Files.writeString(site.resolve("content/casussen/" + id + ".md"), md, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return site;
    }

    private static String field(String yaml, String name) {
        for (String line : yaml.split("\n")) {
            if (line.startsWith(name + ": ")) {
                return line.substring(name.length() + 2);
            }
        }
        return "";
    }

    private static String block(String yaml, String name) {
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String line : yaml.split("\n", -1)) {
            if (line.startsWith(name + ": |")) {
                in = true;
            } else if (in && (line.startsWith("  ") || line.isEmpty())) {
                sb.append(line.isEmpty() ? "" : line.substring(2)).append('\n');
            } else if (in) {
                break;
            }
        }
        return sb.toString().strip();
    }
}

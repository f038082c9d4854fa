package nl.wijkwijzer.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.author.TestContent;
import nl.wijkwijzer.browser.RequiredTool;

/**
 * The README's example configuration for putting {@code site/professionals/} behind a login works as
 * written: this test takes the {@code nginx} block out of README.md, changes only the paths and the
 * port (each change asserted to hit a line of the README, so the test breaks when the example
 * changes shape), starts Debian's nginx on it in a temporary prefix, and asks over TLS. Without
 * credentials the professionals site answers 401; with them it is served, with the noindex header;
 * the public site needs none. nginx and openssl are required tools (installed by .ci/run).
 */
class ReadmeLoginConfigTest {
    private static final Path NGINX = Path.of(System.getProperty("wijkwijzer.nginx", "/usr/sbin/nginx"));
    private static final Path OPENSSL = Path.of("/usr/bin/openssl");

    @TempDir
    Path tmp;

    @Test
    void professionalsNeedTheLoginAndThePublicSiteDoesNot() throws Exception {
        requireTools();
        loginIsRequired(readmeNginxBlock());
    }

    /** The same check on the example with its auth_basic lines commented out fails: the test sees a missing login. */
    @Test
    void anExampleWithoutTheLoginFailsTheCheck() throws Exception {
        requireTools();
        String block = readmeNginxBlock();
        String withoutLogin = block.replaceAll("(?m)^(\\s*)(auth_basic)", "$1# $2");
        assertTrue(!withoutLogin.equals(block) && !withoutLogin.matches("(?s).*\\n\\s*auth_basic.*"));
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> loginIsRequired(withoutLogin));
        assertTrue(e.getMessage().contains("/professionals/ without credentials"), e.getMessage());
    }

    private static void requireTools() {
        RequiredTool.require(Files.isExecutable(NGINX), "nginx (Debian: apt-get install nginx-light)");
        RequiredTool.require(Files.isExecutable(OPENSSL), "openssl");
    }

    private void loginIsRequired(String block) throws Exception {
        Path tmp = Files.createTempDirectory(this.tmp, "nginx");

        Path www = tmp.resolve("www");
        Files.createDirectories(www.resolve("publiek"));
        Files.createDirectories(www.resolve("professionals/casuistiek"));
        Files.writeString(www.resolve("publiek/index.html"), "<p>publieke site</p>");
        Files.writeString(www.resolve("professionals/index.html"), "<p>site voor professionals</p>");
        Files.writeString(www.resolve("professionals/casuistiek/geheim.html"), "<p>casus voor professionals</p>");
        // {SHA} is one of the formats nginx reads from an htpasswd file, like `htpasswd -s` writes.
        String sha = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                .digest("test-wachtwoord".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(tmp.resolve("htpasswd"), "redacteur:{SHA}" + sha + "\n");
        run(OPENSSL.toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost", "-keyout", tmp.resolve("key.pem").toString(), "-out",
                tmp.resolve("cert.pem").toString());

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("listen 443 ssl;", "listen 127.0.0.1:" + port + " ssl;");
        changes.put("/etc/ssl/certs/wijkwijzer.pem", tmp.resolve("cert.pem").toString());
        changes.put("/etc/ssl/private/wijkwijzer.key", tmp.resolve("key.pem").toString());
        changes.put("/var/www/wijkwijzer/", www + "/");
        changes.put("/etc/nginx/wijkwijzer.htpasswd", tmp.resolve("htpasswd").toString());
        String server = block;
        for (Map.Entry<String, String> c : changes.entrySet()) {
            assertTrue(server.contains(c.getKey()), "the README's nginx example no longer has " + c.getKey());
            server = server.replace(c.getKey(), c.getValue());
        }
        for (String dir : List.of("logs", "temp")) {
            Files.createDirectories(tmp.resolve(dir));
        }
        // One process, no workers: nothing changes user, so the files in the test's folder stay readable.
        String conf = "daemon off;\nmaster_process off;\npid " + tmp.resolve("nginx.pid") + ";\nerror_log "
                + tmp.resolve("logs/error.log") + ";\nevents { worker_connections 64; }\nhttp {\n    access_log off;\n"
                + "    client_body_temp_path " + tmp.resolve("temp") + ";\n    proxy_temp_path " + tmp.resolve("temp") + ";\n"
                + "    fastcgi_temp_path " + tmp.resolve("temp") + ";\n    uwsgi_temp_path " + tmp.resolve("temp") + ";\n"
                + "    scgi_temp_path " + tmp.resolve("temp") + ";\n" + server + "\n}\n";
        Files.writeString(tmp.resolve("nginx.conf"), conf);

        Process nginx = new ProcessBuilder(NGINX.toString(), "-e", tmp.resolve("logs/error.log").toString(), "-p", tmp + "/",
                "-c", tmp.resolve("nginx.conf").toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("logs/stdout.log").toFile()).start();
        try {
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(tmp.resolve("cert.pem")))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String base = "https://localhost:" + port;
            waitUntilListening(client, base + "/", nginx, tmp.resolve("logs"));

            HttpResponse<String> publiek = get(client, base + "/", null);
            assertEquals(200, publiek.statusCode());
            assertEquals("<p>publieke site</p>", publiek.body());

            for (String path : List.of("/professionals/", "/professionals/casuistiek/geheim.html")) {
                HttpResponse<String> refused = get(client, base + path, null);
                assertEquals(401, refused.statusCode(), path + " without credentials");
                assertTrue(!refused.body().contains("voor professionals"), "nothing of the page is sent");
                assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                        "the browser is asked to log in");
                assertEquals(401, get(client, base + path, "redacteur:fout-wachtwoord").statusCode(), "a wrong password");
            }
            HttpResponse<String> served = get(client, base + "/professionals/", "redacteur:test-wachtwoord");
            assertEquals(200, served.statusCode());
            assertEquals("<p>site voor professionals</p>", served.body());
            assertEquals("noindex, nofollow", served.headers().firstValue("X-Robots-Tag").orElse(""));
            HttpResponse<String> casus = get(client, base + "/professionals/casuistiek/geheim.html", "redacteur:test-wachtwoord");
            assertEquals(200, casus.statusCode());
            assertEquals("<p>casus voor professionals</p>", casus.body());
        } finally {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }

    /** The first ```nginx block of the README. */
    static String readmeNginxBlock() throws IOException {
        String readme = Files.readString(TestContent.root().resolve("README.md"));
        Matcher m = Pattern.compile("```nginx\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README.md has an nginx example");
        return m.group(1);
    }

    private static HttpResponse<String> get(HttpClient client, String url, String credentials) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void waitUntilListening(HttpClient client, String url, Process nginx, Path logs) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        IOException last = null;
        while (System.nanoTime() < end) {
            if (!nginx.isAlive()) {
                throw new AssertionError("nginx stopped: " + Files.readString(logs.resolve("error.log"))
                        + Files.readString(logs.resolve("stdout.log")));
            }
            try {
                get(client, url, null);
                return;
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not answer: " + Files.readString(logs.resolve("error.log")), last);
    }

    /** An SSL context that trusts only the test's own certificate. */
    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            store.setCertificateEntry("test", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + ": " + out);
    }
}

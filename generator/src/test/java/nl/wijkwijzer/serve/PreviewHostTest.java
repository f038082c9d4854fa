package nl.wijkwijzer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.author.TestContent;

/**
 * DNS rebinding: a web page whose own domain resolves to 127.0.0.1 could read the preview (the
 * professionals site, the status) through the visitor's browser. The browser then sends the page's
 * domain as Host; the preview answers only to localhost, 127.0.0.1 and [::1] with its own port.
 * Raw HTTP over a socket, because Java's HTTP client will not send a Host header of our choosing.
 */
class PreviewHostTest {
    @TempDir
    Path tmp;

    record Response(int status, String body) {
    }

    static Response get(int port, String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String request = "GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Connection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int body = response.indexOf("\r\n\r\n");
            return new Response(status, body < 0 ? "" : response.substring(body + 4));
        }
    }

    @Test
    void onlyLoopbackNamesWithTheServePortGetAnAnswer() throws Exception {
        Path content = tmp.resolve("content");
        TestContent.copyTree(TestPaths.resource("mini/content"), content);
        var options = new Wijkwijzer.Options(content, TestPaths.templates(), tmp.resolve("site"), List.of(),
                LocalDate.of(2026, 11, 22));
        try (PreviewServer server = new PreviewServer(options, new PrintWriter(new StringWriter(), true))) {
            int port = server.start(0);
            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port)) {
                assertEquals(200, get(port, "/professionals/index.html", host).status(), host);
                assertEquals(200, get(port, "/__wijkwijzer/status", host).status(), host);
            }
            int other = port == 65535 ? port - 1 : port + 1;
            for (String host : List.of("aanvaller.example:" + port, "aanvaller.example", "127.0.0.1.nip.io:" + port,
                    "localhost.aanvaller.example:" + port, "127.0.0.1:" + other, "localhost", "127.0.0.1", "[::1]",
                    "localhost:" + port + "@aanvaller.example", "")) {
                for (String path : List.of("/professionals/index.html", "/__wijkwijzer/status", "/__wijkwijzer/versie")) {
                    Response r = get(port, path, host);
                    assertEquals(403, r.status(), host + " " + path);
                    assertTrue(r.body().startsWith("Geweigerd: open het voorbeeld via http://127.0.0.1:" + port + "/"),
                            host + ": " + r.body());
                }
            }
        }
    }

    @Test
    void theHostRuleItself() {
        assertTrue(PreviewServer.allowedHost("localhost:8080", 8080));
        assertTrue(PreviewServer.allowedHost("[::1]:8080", 8080));
        assertTrue(PreviewServer.allowedHost("localhost", 80), "a browser leaves out port 80");
        assertTrue(!PreviewServer.allowedHost(null, 8080));
        assertTrue(!PreviewServer.allowedHost("localhost:80", 8080));
        assertTrue(!PreviewServer.allowedHost("evil.localhost:8080", 8080));
    }
}

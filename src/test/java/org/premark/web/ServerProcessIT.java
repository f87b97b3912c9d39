package org.premark.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.CookieManager;
import java.net.HttpURLConnection;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premark.classset.PathSegments;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built jar as a child process in an empty temporary folder (so it uses the notes and rubrics it carries):
 * what only a real server, a real kill -9 and a real Java 17 launcher can show. Every server listens on 127.0.0.1
 * on a free port and is stopped by the test.
 */
class ServerProcessIT {

    static final Path JAR = Path.of("target/premark.jar").toAbsolutePath();
    static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
    static final String USER = "ms-khan";
    static final String PASSWORD = "correct horse battery";
    static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
    /** Ids the upload accepts that a path segment can only carry percent-encoded. */
    static final List<String> ODD_IDS = List.of("10B/07", "100%", "a;b", "..", ".", "a\\b", "x/../y");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    // ---------------------------------------------------------------------------------------------------------

    @Test
    void acknowledgedWorkSurvivesKill9AndEveryIdWorks() throws Exception {
        StringBuilder csv = new StringBuilder("id,answer\n");
        for (String id : ODD_IDS) {
            csv.append('"').append(id.replace("\"", "\"\"")).append("\",Stalin was General Secretary so he appointed"
                    + " his supporters.\n");
        }
        for (int i = ODD_IDS.size(); i < 2000; i++) {
            csv.append("s").append(i).append(",Trotsky was arrogant and ill when Lenin died; answer ").append(i)
                    .append('\n');
        }
        String batchId;
        try (Server a = Server.start(work, List.of(JAVA, "-jar", JAR.toString()), Map.of())) {
            Teacher t = a.signIn();
            HttpResponse<String> created = t.upload("class.csv", csv.toString());
            assertEquals(201, created.statusCode(), created.body());
            a.kill9(); // at once: no graceful stop, no time for a delayed write
            batchId = JSON.readTree(created.body()).get("id").asString();
        }

        try (Server b = Server.start(work, List.of(JAVA, "-jar", JAR.toString()),
                Map.of("SERVER_FORWARD_HEADERS_STRATEGY", "native"))) {
            Teacher t = b.signIn();
            JsonNode batch = t.json("GET", "/api/batches/" + batchId, null, 200);
            assertEquals(2000, batch.get("total").asInt(), "the acknowledged upload was lost");

            for (String id : ODD_IDS) {
                String path = "/api/batches/" + batchId + "/answers/" + PathSegments.encode(id);
                JsonNode answer = b.waitFor(() -> {
                    JsonNode a = t.json("GET", path, null, 200);
                    return a.get("row").get("state").asString().equals("waiting") ? null : a;
                }, "answer '" + id + "' marked");
                assertEquals(id, answer.get("row").get("id").asString());
                t.json("PUT", path + "/override", "{\"mark\":3,\"reason\":\"checked " + id.replace("\\", "\\\\")
                        + "\"}", 200);
            }
            b.kill9(); // right after the last override's 200

            // (the checks below ran on this server before the kill in an earlier version; they need no data)
        }

        try (Server c = Server.start(work, List.of(JAVA, "-jar", JAR.toString()),
                Map.of("SERVER_FORWARD_HEADERS_STRATEGY", "native"))) {
            Teacher t = c.signIn();
            for (String id : ODD_IDS) {
                JsonNode row = t.json("GET", "/api/batches/" + batchId + "/answers/" + PathSegments.encode(id), null, 200)
                        .get("row");
                assertEquals(3, row.get("override").get("mark").asInt(), "the override of '" + id + "' was lost");
                assertEquals("checked " + id, row.get("override").get("reason").asString());
            }
            // A mark of 2.7 is refused, not cut to 2.
            String path = "/api/batches/" + batchId + "/answers/" + PathSegments.encode("10B/07") + "/override";
            HttpResponse<String> partial = t.send("PUT", path, "{\"mark\":2.7,\"reason\":\"x\"}");
            assertEquals(400, partial.statusCode(), partial.body());

            checkTheDoor(c);
            checkTomcatErrorsAreProblems(c);
            checkOnlyLoopbackListens(c);
            checkASecondServerOnTheSameFolderSaysSo(c);
            checkThrottle(c);
            assertNoNoise(c.output());
        }
    }

    private void checkTheDoor(Server s) throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> home = anonymous.send(HttpRequest.newBuilder(s.uri("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertEquals(List.of(), home.headers().allValues("Set-Cookie"), "GET / set a cookie");
        HttpResponse<String> login = anonymous.send(HttpRequest.newBuilder(s.uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID")), "the sign-in page made a session");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("PREMARK-CSRF") && !c.contains("Secure")), cookies.toString());
        HttpResponse<String> viaHttps = anonymous.send(HttpRequest.newBuilder(s.uri("/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(viaHttps.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("PREMARK-CSRF") && c.contains("Secure")), "no Secure cookie over HTTPS");
        // A signed-in teacher behind an HTTPS proxy gets a Secure session cookie.
        // (By hand: a cookie store would not send the Secure CSRF cookie back over the test's plain HTTP.)
        String csrfCookie = viaHttps.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("PREMARK-CSRF=")).findFirst().orElseThrow().split(";", 2)[0];
        String token = viaHttps.body().split("name=\"_csrf\" value=\"", 2)[1].split("\"", 2)[0];
        HttpResponse<String> signedIn = anonymous.send(HttpRequest.newBuilder(s.uri("/login"))
                .header("X-Forwarded-Proto", "https").header("Cookie", csrfCookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("JSESSIONID") && c.contains("Secure")), signedIn.headers().toString());
        // A cross-site form post carries no cookie (SameSite=Lax): its 403 sets none, so no one is signed out.
        HttpResponse<String> forged = anonymous.send(HttpRequest.newBuilder(s.uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        assertEquals(List.of(), forged.headers().allValues("Set-Cookie"));
    }

    private void checkTomcatErrorsAreProblems(Server s) throws Exception {
        for (String path : List.of("/api/rubrics/" + "a".repeat(10_000), "/api/rubrics/a%00b")) {
            HttpURLConnection c = (HttpURLConnection) s.uri(path).toURL().openConnection();
            int status = c.getResponseCode();
            assertEquals(400, status, path.substring(0, Math.min(30, path.length())));
            assertTrue(c.getContentType().startsWith("application/problem+json"), c.getContentType());
            JsonNode problem = JSON.readTree(new String(c.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(400, problem.get("status").asInt());
            assertNotNull(problem.get("title"));
            c.disconnect();
        }
    }

    private void checkOnlyLoopbackListens(Server s) throws Exception {
        Optional<InetAddress> lan = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        if (lan.isPresent()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(lan.get(), s.port), 2000);
                fail("the server answers on " + lan.get() + ", not only on 127.0.0.1");
            } catch (IOException expected) {
                // refused: it listens on the loopback address only
            }
        }
    }

    private void checkASecondServerOnTheSameFolderSaysSo(Server running) throws Exception {
        Path second = work; // same data folder
        Server other = Server.start(second, List.of(JAVA, "-jar", JAR.toString()), Map.of(), false);
        int code = other.waitForExit(180);
        assertNotEquals(0, code);
        String out = other.output();
        assertTrue(out.contains("in use by another process"), out);
        assertNoStackTrace(out);
    }

    private void checkThrottle(Server s) throws Exception {
        Teacher guesser = new Teacher(s, null);
        int refused = 0;
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> r = guesser.signInAs("guessed-" + USER, "not-the-password-" + i);
            if (r.statusCode() == 429) {
                refused++;
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
            } else {
                assertEquals(302, r.statusCode());
            }
        }
        assertTrue(refused >= 20, refused + " of 30 refused");
        String log = s.output();
        assertTrue(count(log, "Failed sign-in for user 'guessed-" + USER + "' from 127.0.0.1") >= 6, log);
        assertEquals(refused, count(log, "Refused sign-in for user 'guessed-" + USER + "' from 127.0.0.1"));
        assertFalse(log.contains("not-the-password-"), "a password was logged");
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    void aDamagedDatabaseStopsStartUpWithOneParagraph() throws Exception {
        Path data = work.resolve("data");
        Files.createDirectories(data);
        String url = "jdbc:h2:file:" + data.resolve("premark");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, text TEXT)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO answer VALUES (?, ?)")) {
                for (int i = 0; i < 500; i++) {
                    p.setInt(1, i);
                    p.setString(2, ("answer " + i + " ").repeat(200));
                    p.executeUpdate();
                }
            }
        }
        Path file = data.resolve("premark.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        byte[] before = Files.readAllBytes(file);
        Server s = Server.start(work, List.of(JAVA, "-jar", JAR.toString()), Map.of(), false);
        int code = s.waitForExit(180);
        String out = s.output();
        assertNotEquals(0, code, out);
        assertTrue(out.contains(file.toString()) && out.contains("damaged"), out);
        assertTrue(out.contains("Recover"), out);
        assertNoStackTrace(out);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "start-up wrote into the damaged file");
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    void onJava17TheJarPassesJvmOptionsOnAndStopsItsChildOnSigterm() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(JAVA_17), "no Java 17 at " + JAVA_17);
        int port = freePort();
        Server s = Server.start(work, List.of(JAVA_17.toString(), "-Xmx300m", "-Dserver.port=" + port, "-jar",
                JAR.toString()), Map.of(), true, port);
        List<ProcessHandle> children = s.process.toHandle().children().toList();
        assertEquals(1, children.size(), "the launcher should start one child");
        ProcessHandle child = children.get(0);
        List<String> args = List.of(child.info().arguments().orElse(new String[0]));
        assertTrue(args.contains("-Xmx300m") && args.contains("-Dserver.port=" + port), args.toString());

        s.process.destroy(); // SIGTERM to the launcher only
        assertTrue(s.process.waitFor(90, TimeUnit.SECONDS), "the launcher did not stop");
        assertTrue(child.onExit().get(30, TimeUnit.SECONDS) != null);
        assertFalse(child.isAlive(), "the child outlived the launcher");
        try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, free.getLocalPort(), "the port is free again");
        }
        assertNoNoise(s.output());
    }

    @Test
    void theJarMarksFromAnotherFolder() throws Exception {
        String java = Files.isExecutable(JAVA_17) ? JAVA_17.toString() : JAVA;
        Process p = new ProcessBuilder(java, "-jar", JAR.toString(), "mark", "--rubric", "trotsky-lost", "--text",
                "Stalin was General Secretary so he could give jobs to his supporters.", "--json")
                .directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("\"rubricId\" : \"trotsky-lost\"") && out.contains("\"mark\" : "), out);
        assertNoNoise(out);
    }

    // ---------------------------------------------------------------------------------------------------------

    static void assertNoNoise(String out) {
        assertFalse(out.contains("vector incubator"), "Lucene's vector warning is back");
        assertFalse(out.contains("newer than the version Flyway"), "Flyway's version warning is back");
        assertNoStackTrace(out);
    }

    static void assertNoStackTrace(String out) {
        assertFalse(out.lines().anyMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")),
                "a stack trace:\n" + out);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    interface Poll<T> {
        T get() throws Exception;
    }

    /** One premark process; closing it stops it (SIGTERM, then SIGKILL) if it still runs. */
    static final class Server implements AutoCloseable {

        final Process process;
        final int port;
        final Path log;

        private Server(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static Server start(Path dir, List<String> command, Map<String, String> env) throws Exception {
            return start(dir, command, env, true);
        }

        static Server start(Path dir, List<String> command, Map<String, String> env, boolean waitUntilUp)
                throws Exception {
            return start(dir, command, env, waitUntilUp, freePort());
        }

        static Server start(Path dir, List<String> command, Map<String, String> env, boolean waitUntilUp, int port)
                throws Exception {
            Path log = Files.createTempFile(dir, "server-", ".log");
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> e = pb.environment();
            e.keySet().removeIf(k -> k.startsWith("PREMARK_") || k.startsWith("SPRING_") || k.equals("PORT"));
            e.put("PORT", Integer.toString(port));
            e.put("PREMARK_TEACHERS_0_USERNAME", USER);
            e.put("PREMARK_TEACHERS_0_PASSWORD", HASH);
            e.put("PREMARK_MARKING_THREADS", "1");
            e.remove("JAVA_TOOL_OPTIONS");
            e.putAll(env);
            Server s = new Server(pb.start(), port, log);
            if (waitUntilUp) {
                s.waitUntilUp();
            }
            return s;
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        Teacher signIn() throws Exception {
            Teacher t = new Teacher(this, null);
            HttpResponse<String> r = t.signInResponse();
            assertEquals(302, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/teacher"), r.headers().toString());
            t.loadToken();
            return t;
        }

        void waitUntilUp() throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            waitFor(() -> {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/rubrics"))
                            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                    return r.statusCode() == 200 ? r : null;
                } catch (IOException notYet) {
                    return null;
                }
            }, "the server to answer on port " + port);
        }

        <T> T waitFor(Poll<T> poll, String what) throws Exception {
            long deadline = System.currentTimeMillis() + 180_000;
            while (System.currentTimeMillis() < deadline) {
                if (!process.isAlive()) {
                    fail("the server stopped while waiting for " + what + ":\n" + output());
                }
                T t = poll.get();
                if (t != null) {
                    return t;
                }
                Thread.sleep(300);
            }
            fail("timed out waiting for " + what + ":\n" + output());
            return null;
        }

        int waitForExit(int seconds) throws Exception {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                close();
                fail("the server did not stop within " + seconds + " s:\n" + output());
            }
            return process.exitValue();
        }

        void kill9() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL on Unix
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.toHandle().descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** A browser-like client with its own cookies; {@code proto} "https" says so in X-Forwarded-Proto. */
    static final class Teacher {

        final Server server;
        final HttpClient http;
        final String proto;
        String csrf;

        Teacher(Server server, String proto) {
            this.server = server;
            this.proto = proto;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(120));
            return proto == null ? b : b.header("X-Forwarded-Proto", proto);
        }

        HttpResponse<String> signInResponse() throws Exception {
            return signInAs(USER, PASSWORD);
        }

        HttpResponse<String> signInAs(String user, String password) throws Exception {
            String page = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
            String token = between(page, "name=\"_csrf\" value=\"", "\"");
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(token, StandardCharsets.UTF_8);
            return http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        void loadToken() throws Exception {
            String page = http.send(request("/teacher").build(), HttpResponse.BodyHandlers.ofString()).body();
            csrf = between(page, "name=\"csrf-token\" content=\"", "\"");
        }

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            HttpRequest.Builder b = request(path).header("X-CSRF-TOKEN", csrf);
            if (json != null) {
                b.header("Content-Type", "application/json");
            }
            b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode json(String method, String path, String body, int status) throws Exception {
            HttpResponse<String> r = send(method, path, body);
            assertEquals(status, r.statusCode(), method + " " + path + ": " + r.body());
            return JSON.readTree(r.body());
        }

        HttpResponse<String> upload(String fileName, String csv) throws Exception {
            String boundary = "premark-boundary-12";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"rubricId\"\r\n\r\ntrotsky-lost\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
            return http.send(request("/api/batches").header("X-CSRF-TOKEN", csrf)
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static String between(String text, String before, String after) {
            int i = text.indexOf(before);
            assertTrue(i >= 0, "no " + before + " in:\n" + text);
            int start = i + before.length();
            return text.substring(start, text.indexOf(after, start));
        }
    }
}

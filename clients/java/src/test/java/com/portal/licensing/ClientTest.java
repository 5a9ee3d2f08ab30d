package com.portal.licensing;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Unit tests as a main class: answers signed here with a throw-away key, exactly as the server signs them. */
public final class ClientTest {
    private static int passed;
    private static final long NOW = System.currentTimeMillis() / 1000 * 1000;
    private static final String BODY = "{\"valid\":true,\"code\":\"VALID\",\"message\":\"The license is valid for this request.\",\"remedy\":\"Nothing to do.\",\"license\":null,\"activation\":null}";

    private static void check(boolean condition, String what) {
        if (!condition) throw new AssertionError("FAILED: " + what);
        passed++;
    }

    private interface Action {
        void run() throws Exception;
    }

    private static String failure(Action action) {
        try {
            action.run();
            return "no exception";
        } catch (SignedAnswer.UntrustedAnswerException e) {
            return "untrusted:" + e.reason;
        } catch (LicensingClient.UnreachableException e) {
            return "unreachable:" + e.code;
        } catch (LicenseFile.LicenseFileException e) {
            return "file:" + e.problem;
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static String sign(PrivateKey key, byte[] message) throws Exception {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(message);
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    private static SignedAnswer signed(PrivateKey key, long at, String body) throws Exception {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(at).atZone(ZoneOffset.UTC));
        return new SignedAnswer(date, "ed25519=" + sign(key, (date + "\n" + body).getBytes(StandardCharsets.UTF_8)), body.getBytes(StandardCharsets.UTF_8));
    }

    private static String raw(PublicKey key) {
        byte[] der = key.getEncoded();
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(der, der.length - 32, der.length));
    }

    private static String closedPortUrl() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    private static Map<String, Object> licenseFile(PrivateKey key, String validUntil, String nonce) throws Exception {
        String document = "{\"activation\":{\"identifier\":\"m-1\"},\"product\":{\"code\":\"P\"},\"features\":[],\"validUntil\":\"" + validUntil + "\""
            + (nonce == null ? "" : ",\"requestNonce\":\"" + nonce + "\"") + "}";
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", "license-file/1");
        file.put("algorithm", "ed25519");
        file.put("document", Base64.getEncoder().encodeToString(bytes));
        file.put("signature", sign(key, bytes));
        return file;
    }

    public static void main(String[] args) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        KeyPair vendor = generator.generateKeyPair();
        KeyPair other = generator.generateKeyPair();
        PublicKey key = SignedAnswer.parsePublicKey(raw(vendor.getPublic()));
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(vendor.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";

        // Signed answers.
        SignedAnswer good = signed(vendor.getPrivate(), NOW, BODY);
        check(good.verify(key, NOW, 0) == NOW, "an answer signed now verifies (raw key)");
        check(good.verify(SignedAnswer.parsePublicKey(pem), NOW, 0) == NOW, "an answer signed now verifies (PEM)");
        byte[] tampered = good.body().clone();
        tampered[10] ^= 1;
        check(failure(() -> new SignedAnswer(good.date(), good.signature(), tampered).verify(key, NOW, 0)).equals("untrusted:signature"), "a tampered byte fails");
        check(failure(() -> signed(other.getPrivate(), NOW, BODY).verify(key, NOW, 0)).equals("untrusted:signature"), "another key fails");
        check(failure(() -> signed(vendor.getPrivate(), NOW - 301_000, BODY).verify(key, NOW, 0)).equals("untrusted:stale"), "an answer 5 min old fails");
        check(failure(() -> signed(vendor.getPrivate(), NOW + 301_000, BODY).verify(key, NOW, 0)).equals("untrusted:stale"), "an answer 5 min ahead fails");
        check(failure(() -> signed(vendor.getPrivate(), NOW - 60_000, BODY).verify(key, NOW, NOW)).equals("untrusted:clock"), "an answer older than the last trusted fails");

        // Offline grace: the cache in the state file stands in for an unreachable server.
        Path stateFile = Files.createTempDirectory("licensing-java-test").resolve("state.json");
        ClientState state = new ClientState();
        state.lastAnswerDate = NOW;
        state.lastSeenAt = NOW;
        Map<String, Object> cached = new LinkedHashMap<>();
        cached.put("date", good.date());
        cached.put("signature", good.signature());
        cached.put("body", BODY);
        state.validations.put(ClientState.cacheSlot("key-1", "m-1"), cached);
        state.save(stateFile);
        String down = closedPortUrl();
        LicensingClient.Validation offline = new LicensingClient(down, raw(vendor.getPublic()), null, stateFile, 3600, () -> NOW + 1_800_000).validate(" key-1 ", "m-1");
        check(offline.source().equals("cache") && offline.code().equals("VALID"), "the cache answers within the grace period");
        check(failure(() -> new LicensingClient(down, raw(vendor.getPublic()), null, stateFile, 3600, () -> NOW + 3_601_000).validate("key-1", "m-1")).equals("unreachable:GRACE_ENDED"), "grace ends");
        check(failure(() -> new LicensingClient(down, raw(vendor.getPublic()), null, stateFile, 3600, () -> NOW + 1_000).validate("key-1", "m-1")).equals("unreachable:CLOCK_BACKWARDS"), "a clock set back is refused");
        check(failure(() -> new LicensingClient(down, raw(vendor.getPublic()), null, stateFile, 3600, () -> NOW + 1_900_000).validate("key-1", "m-2")).equals("unreachable:NO_CACHED_ANSWER"), "another machine has no cache");
        Files.writeString(stateFile, Files.readString(stateFile).replace("The license", "Thy license"));
        check(failure(() -> new LicensingClient(down, raw(vendor.getPublic()), null, stateFile, 3600, () -> NOW + 1_900_000).validate("key-1", "m-1")).equals("untrusted:signature"), "an edited cache fails");

        // License files.
        check(LicenseFile.verify(key, licenseFile(vendor.getPrivate(), "2999-01-01T00:00:00.000Z", "n-1"), "m-1", NOW, "P", "n-1") != null, "a license file verifies");
        check(failure(() -> LicenseFile.verify(key, licenseFile(other.getPrivate(), "2999-01-01T00:00:00.000Z", null), "m-1", NOW, null, null)).equals("file:signature"), "a file of another key fails");
        check(failure(() -> LicenseFile.verify(key, licenseFile(vendor.getPrivate(), "2999-01-01T00:00:00.000Z", null), "m-9", NOW, null, null)).equals("file:identifier"), "a file of another machine fails");
        check(failure(() -> LicenseFile.verify(key, licenseFile(vendor.getPrivate(), "2000-01-01T00:00:00.000Z", null), "m-1", NOW, null, null)).equals("file:expired"), "an expired file fails");
        check(failure(() -> LicenseFile.verify(key, licenseFile(vendor.getPrivate(), "2999-01-01T00:00:00.000Z", "n-1"), "m-1", NOW, null, "n-2")).equals("file:nonce"), "another request's file fails");
        Map<String, Object> edited = licenseFile(vendor.getPrivate(), "2999-01-01T00:00:00.000Z", null);
        edited.put("document", Base64.getEncoder().encodeToString(new String(Base64.getDecoder().decode((String) edited.get("document")), StandardCharsets.UTF_8).replace("m-1", "m-2").getBytes(StandardCharsets.UTF_8)));
        check(failure(() -> LicenseFile.verify(key, edited, "m-2", NOW, null, null)).equals("file:signature"), "an edited file fails");

        // Heartbeat loop, against a real HTTP server answering as the licensing server does, signed
        // (a plain socket: the JDK's HttpServer replaces the date header the signature covers).
        ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread serving = new Thread(() -> {
            while (!server.isClosed()) {
                try (java.net.Socket socket = server.accept()) {
                    java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                    int length = 0;
                    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine())
                        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) length = Integer.parseInt(line.substring(15).trim());
                    in.read(new char[length]);
                    SignedAnswer beat = signed(vendor.getPrivate(), System.currentTimeMillis(), "{\"lastHeartbeatAt\":\"now\",\"heartbeatDeadline\":null}");
                    socket.getOutputStream().write(("HTTP/1.1 200 OK\r\ndate: " + beat.date() + "\r\nx-signature: " + beat.signature()
                        + "\r\ncontent-type: application/json\r\nconnection: close\r\ncontent-length: " + beat.body().length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                    socket.getOutputStream().write(beat.body());
                } catch (Exception e) {
                    // Closed: the test is over.
                }
            }
        });
        serving.setDaemon(true);
        serving.start();
        List<Object> beats = new CopyOnWriteArrayList<>();
        CountDownLatch three = new CountDownLatch(3);
        LicensingClient beating = new LicensingClient("http://127.0.0.1:" + server.getLocalPort(), raw(vendor.getPublic()), null, null, 0, System::currentTimeMillis);
        ScheduledExecutorService loop = beating.startHeartbeat("key-1", "m-1", 1, outcome -> {
            beats.add(outcome);
            three.countDown();
        });
        three.await(60, TimeUnit.SECONDS);
        loop.shutdownNow();
        server.close();
        check(beats.size() >= 3 && beats.stream().limit(3).allMatch(b -> b instanceof Map), "the heartbeat loop beats and reports each answer");

        // Fingerprint.
        String one = Fingerprint.machineFingerprint("ATLAS-CAD", "0123456789abcdef");
        check(one.equals(Fingerprint.machineFingerprint("ATLAS-CAD", "0123456789abcdef")) && one.matches("[0-9a-f]{64}"), "the fingerprint is a stable hash");
        check(!one.equals(Fingerprint.machineFingerprint("OTHER", "0123456789abcdef")), "salted with the product");
        check(Fingerprint.machineFingerprint("ATLAS-CAD").matches("[0-9a-f]{64}"), "this machine has a fingerprint");

        System.out.println("java client tests: " + passed + " passed");
    }
}

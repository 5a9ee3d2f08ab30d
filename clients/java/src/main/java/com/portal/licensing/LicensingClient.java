package com.portal.licensing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** The licensing client: every answer verified, the last validate answer cached for offline grace. */
public final class LicensingClient {
    /** A signed 4xx: `code` is a validation code (SUSPENDED, SEATS_EXHAUSTED...) or an error code. */
    public static final class RefusedException extends RuntimeException {
        public final int status;
        public final String code;

        public RefusedException(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    /** The server could not be reached: NETWORK, NO_CACHED_ANSWER, GRACE_ENDED or CLOCK_BACKWARDS. */
    public static final class UnreachableException extends RuntimeException {
        public final String code;

        public UnreachableException(String code) {
            super(switch (code) {
                case "NETWORK" -> "The licensing server could not be reached.";
                case "NO_CACHED_ANSWER" -> "The server could not be reached and no trusted answer for this key and machine is cached.";
                case "GRACE_ENDED" -> "The server could not be reached and the cached answer is older than the offline grace period.";
                default -> "The server could not be reached and this machine's clock is behind the last time it checked.";
            });
            this.code = code;
        }
    }

    /** A validate answer: code (VALID or the first failing check), message (its meaning), remedy, source. */
    public record Validation(boolean valid, String code, String message, String remedy, Map<String, Object> answer, String source, long answeredAt) {}

    private record Sent(int status, SignedAnswer answer) {}

    private final String baseUrl;
    private final PublicKey publicKey;
    private final String product;
    private final Path stateFile;
    private final long offlineGraceSeconds;
    private final LongSupplier now;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param publicKey PEM or base64 raw key: embed it in the software, never fetch it at run time
     * @param stateFile where the last trusted answers are kept (null: nothing survives a restart)
     * @param offlineGraceSeconds how long a cached validate answer stands in for an unreachable server
     * @param now the clock in ms (System::currentTimeMillis)
     */
    public LicensingClient(String baseUrl, String publicKey, String product, Path stateFile, long offlineGraceSeconds, LongSupplier now) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.publicKey = SignedAnswer.parsePublicKey(publicKey);
        this.product = product;
        this.stateFile = stateFile;
        this.offlineGraceSeconds = offlineGraceSeconds;
        this.now = now;
    }

    public Validation validate(String key, String identifier) {
        Map<String, Object> body = body(key, identifier, true);
        Sent sent;
        try {
            sent = send("/v1/licenses/validate", body);
        } catch (UnreachableException e) {
            return cachedValidation(key, identifier);
        }
        ClientState state = ClientState.load(stateFile);
        long date = trust(sent.answer, state);
        if (sent.status == 200) {
            Map<String, Object> cached = new LinkedHashMap<>();
            cached.put("date", sent.answer.date());
            cached.put("signature", sent.answer.signature());
            cached.put("body", sent.answer.text());
            state.validations.put(ClientState.cacheSlot(key, identifier), cached);
        }
        state.save(stateFile);
        if (sent.status != 200) throw refused(sent);
        return validation(sent.answer, date, "server");
    }

    /** {created, activation, license}; created is false when the identifier already held one. */
    public Map<String, Object> activate(String key, String identifier, Map<String, Object> details) {
        Map<String, Object> body = body(key, identifier, true);
        body.putAll(details);
        return call("/v1/activations", body);
    }

    public Map<String, Object> heartbeat(String key, String identifier) {
        return call("/v1/activations/heartbeat", body(key, identifier, false));
    }

    public Map<String, Object> deactivate(String key, String identifier) {
        return call("/v1/activations/deactivate", body(key, identifier, false));
    }

    /** The license file's document, verified (signature, identifier, product, validity). */
    public Map<String, Object> licenseFile(String key, String identifier) {
        return verifyLicenseFile(call("/v1/license-files", body(key, identifier, true)), identifier, null);
    }

    /** From a connected machine: the signed response file for an air-gapped machine's request. */
    public Map<String, Object> submitOfflineRequest(Map<String, Object> request) {
        Map<String, Object> file = call("/v1/offline-activations", request);
        verifyLicenseFile(file, (String) request.get("identifier"), (String) request.get("nonce"));
        return file;
    }

    public Map<String, Object> verifyLicenseFile(Map<String, Object> file, String identifier, String requestNonce) {
        return LicenseFile.verify(publicKey, file, identifier, now.getAsLong(), product, requestNonce);
    }

    /** Beats now and every interval on a daemon thread; each outcome (or exception) goes to onBeat. shutdown() stops it. */
    public ScheduledExecutorService startHeartbeat(String key, String identifier, long intervalSeconds, Consumer<Object> onBeat) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "licensing-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                onBeat.accept(heartbeat(key, identifier));
            } catch (RuntimeException e) {
                onBeat.accept(e);
            }
        }, 0, intervalSeconds, TimeUnit.SECONDS);
        return timer;
    }

    private Validation cachedValidation(String key, String identifier) {
        ClientState state = ClientState.load(stateFile);
        Object slot = state.validations.get(ClientState.cacheSlot(key, identifier));
        if (!(slot instanceof Map<?, ?> cached)) throw new UnreachableException("NO_CACHED_ANSWER");
        long nowMs = now.getAsLong();
        if (nowMs < state.lastSeenAt) throw new UnreachableException("CLOCK_BACKWARDS");
        SignedAnswer answer = new SignedAnswer((String) cached.get("date"), (String) cached.get("signature"),
            ((String) cached.get("body")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // Verified again: only the vendor's signature is trusted, not the file.
        long date = answer.verify(publicKey, SignedAnswer.dateMillis(answer.date()), 0);
        if (nowMs - date > offlineGraceSeconds * 1000) throw new UnreachableException("GRACE_ENDED");
        state.lastSeenAt = nowMs;
        state.save(stateFile);
        return validation(answer, date, "cache");
    }

    private static Validation validation(SignedAnswer answer, long date, String source) {
        Map<String, Object> parsed = Json.object(answer.text());
        return new Validation(Boolean.TRUE.equals(parsed.get("valid")), (String) parsed.get("code"), (String) parsed.get("message"),
            (String) parsed.get("remedy"), parsed, source, date);
    }

    private long trust(SignedAnswer answer, ClientState state) {
        long nowMs = now.getAsLong();
        long date = answer.verify(publicKey, nowMs, state.lastAnswerDate);
        state.lastAnswerDate = date;
        state.lastSeenAt = Math.max(state.lastSeenAt, nowMs);
        return date;
    }

    private Map<String, Object> body(String key, String identifier, boolean withProduct) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", key);
        body.put("identifier", identifier);
        if (withProduct && product != null) body.put("product", product);
        return body;
    }

    private Map<String, Object> call(String path, Map<String, Object> body) {
        Sent sent = send(path, body);
        ClientState state = ClientState.load(stateFile);
        trust(sent.answer, state);
        state.save(stateFile);
        if (sent.status >= 400) throw refused(sent);
        return Json.object(sent.answer.text());
    }

    @SuppressWarnings("unchecked")
    private static RefusedException refused(Sent sent) {
        try {
            Map<String, Object> error = (Map<String, Object>) Json.object(sent.answer.text()).get("error");
            return new RefusedException(sent.status, (String) error.get("code"), (String) error.get("message"));
        } catch (RuntimeException e) {
            return new RefusedException(sent.status, "http_" + sent.status, sent.answer.text());
        }
    }

    private Sent send(String path, Map<String, Object> body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(15))
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.stringify(body)))
            .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Sent(response.statusCode(), new SignedAnswer(response.headers().firstValue("date").orElse(""),
                response.headers().firstValue("x-signature").orElse(""), response.body()));
        } catch (IOException e) {
            throw new UnreachableException("NETWORK");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException("NETWORK");
        }
    }
}

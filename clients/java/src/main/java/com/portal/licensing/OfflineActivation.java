package com.portal.licensing;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request file an air-gapped machine writes (offline-activation-request/1). */
public final class OfflineActivation {
    private static final SecureRandom RANDOM = new SecureRandom();

    private OfflineActivation() {}

    /** A request with a fresh nonce; keep request.get("nonce") to verify the response file. */
    public static Map<String, Object> createRequest(String key, String product, String identifier, Map<String, Object> details) {
        byte[] nonce = new byte[18];
        RANDOM.nextBytes(nonce);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("format", "offline-activation-request/1");
        request.put("key", key);
        request.put("product", product);
        request.put("identifier", identifier);
        request.putAll(details);
        request.put("nonce", Base64.getUrlEncoder().withoutPadding().encodeToString(nonce));
        request.put("createdAt", Instant.now().toString());
        return request;
    }
}

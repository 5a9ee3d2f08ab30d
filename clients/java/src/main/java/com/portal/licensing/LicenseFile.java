package com.portal.licensing;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** License files and offline response files: a signed JSON document (docs/licensing-api.md). */
public final class LicenseFile {
    private LicenseFile() {}

    /** Why a file is not trusted: signature, identifier, product, nonce or expired. */
    public static final class LicenseFileException extends RuntimeException {
        public final String problem;

        public LicenseFileException(String problem) {
            super("The license file is not valid for this machine (" + problem + ").");
            this.problem = problem;
        }
    }

    /**
     * The document when the vendor's key signed it, it names this identifier (and product and
     * nonce when given) and validUntil has not passed.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> verify(PublicKey key, Map<String, Object> file, String identifier, long nowMs, String product, String requestNonce) {
        byte[] document;
        try {
            document = Base64.getDecoder().decode((String) file.get("document"));
        } catch (RuntimeException e) {
            throw new LicenseFileException("signature");
        }
        Object signature = file.get("signature");
        if (!"ed25519".equals(file.get("algorithm")) || !(signature instanceof String s) || !SignedAnswer.verifySignature(key, s, document))
            throw new LicenseFileException("signature");
        Map<String, Object> doc = Json.object(new String(document, StandardCharsets.UTF_8));
        if (!identifier.equals(((Map<String, Object>) doc.get("activation")).get("identifier"))) throw new LicenseFileException("identifier");
        if (product != null && !product.equals(((Map<String, Object>) doc.get("product")).get("code"))) throw new LicenseFileException("product");
        if (requestNonce != null && !Objects.equals(requestNonce, doc.get("requestNonce"))) throw new LicenseFileException("nonce");
        if (!(Instant.parse((String) doc.get("validUntil")).toEpochMilli() > nowMs)) throw new LicenseFileException("expired");
        return doc;
    }

    /** The granted feature, or null when not granted or ended: enable it only then. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> grantedFeature(Map<String, Object> document, String code, long nowMs) {
        for (Object item : (List<Object>) document.get("features")) {
            Map<String, Object> feature = (Map<String, Object>) item;
            Object ends = feature.get("expiresAt");
            if (code.equals(feature.get("code")) && (ends == null || Instant.parse((String) ends).toEpochMilli() > nowMs)) return feature;
        }
        return null;
    }
}

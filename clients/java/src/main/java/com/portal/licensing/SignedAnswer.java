package com.portal.licensing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An answer as the server sent it, and its check: Ed25519 over the `date` header, "\n" and the exact body. */
public record SignedAnswer(String date, String signature, byte[] body) {
    /** Answers whose date is further than this from the local clock are refused (replay or wrong clock). */
    public static final long MAX_ANSWER_AGE_MS = 5 * 60_000;
    private static final Pattern HEADER = Pattern.compile("ed25519=([A-Za-z0-9+/=]+)");
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32 bytes follow it. */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    /** Why an answer was not trusted: signature, stale or clock. */
    public static final class UntrustedAnswerException extends RuntimeException {
        public final String reason;

        public UntrustedAnswerException(String reason) {
            super(switch (reason) {
                case "signature" -> "The answer is not signed by the vendor's key (tampered, forged, or another key).";
                case "stale" -> "The answer's date is more than 5 minutes from this machine's clock (a replayed answer, or a wrong clock).";
                default -> "The answer is older than the last answer this machine trusted (a replayed answer).";
            });
            this.reason = reason;
        }
    }

    /** The vendor's key from a PEM (SPKI) or the raw 32 bytes in base64 (GET /v1/public-key gives both). */
    public static PublicKey parsePublicKey(String key) {
        try {
            byte[] der;
            if (key.contains("-----BEGIN")) {
                der = Base64.getMimeDecoder().decode(key.replaceAll("-----[A-Z ]+-----", ""));
            } else {
                byte[] raw = Base64.getDecoder().decode(key.trim());
                if (raw.length != 32) throw new IllegalArgumentException("An Ed25519 public key is 32 bytes (base64) or a PEM.");
                der = new byte[SPKI_PREFIX.length + 32];
                System.arraycopy(SPKI_PREFIX, 0, der, 0, SPKI_PREFIX.length);
                System.arraycopy(raw, 0, der, SPKI_PREFIX.length, 32);
            }
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        }
    }

    public static boolean verifySignature(PublicKey key, String signatureBase64, byte[] message) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The `date` header in ms, or -1 when it is not an HTTP date. */
    public static long dateMillis(String date) {
        try {
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The answer's date in ms; throws UntrustedAnswerException("signature" | "clock" | "stale"). */
    public long verify(PublicKey key, long nowMs, long lastAnswerDate) {
        Matcher match = HEADER.matcher(signature == null ? "" : signature);
        byte[] head = (date + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[head.length + body.length];
        System.arraycopy(head, 0, message, 0, head.length);
        System.arraycopy(body, 0, message, head.length, body.length);
        if (!match.matches() || !verifySignature(key, match.group(1), message)) throw new UntrustedAnswerException("signature");
        long at = dateMillis(date);
        if (at < 0) throw new UntrustedAnswerException("signature");
        if (at < lastAnswerDate) throw new UntrustedAnswerException("clock");
        if (Math.abs(nowMs - at) > MAX_ANSWER_AGE_MS) throw new UntrustedAnswerException("stale");
        return at;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}

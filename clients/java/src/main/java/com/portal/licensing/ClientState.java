package com.portal.licensing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The state file (same format in every client, clients/README.md): the last answer date, the
 * last local time seen, and the last signed validate answer per key and identifier.
 */
public final class ClientState {
    public static final String FORMAT = "licensing-client-state/1";
    public long lastAnswerDate;
    public long lastSeenAt;
    public final Map<String, Object> validations = new LinkedHashMap<>();

    /** SHA-256 hex of key (trimmed, upper case) + "\n" + identifier: the raw key never touches the disk. */
    public static String cacheSlot(String key, String identifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((key.trim().toUpperCase(Locale.ROOT) + "\n" + identifier).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A missing or unreadable file is an empty state. */
    @SuppressWarnings("unchecked")
    public static ClientState load(Path file) {
        ClientState state = new ClientState();
        if (file == null || !Files.exists(file)) return state;
        try {
            Map<String, Object> json = Json.object(Files.readString(file));
            if (!FORMAT.equals(json.get("format"))) return state;
            state.lastAnswerDate = ((Number) json.get("lastAnswerDate")).longValue();
            state.lastSeenAt = ((Number) json.get("lastSeenAt")).longValue();
            state.validations.putAll((Map<String, Object>) json.get("validations"));
        } catch (IOException | RuntimeException e) {
            return new ClientState();
        }
        return state;
    }

    /** Atomically: a temporary file, then a rename. */
    public void save(Path file) {
        if (file == null) return;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("lastAnswerDate", (double) lastAnswerDate);
        json.put("lastSeenAt", (double) lastSeenAt);
        json.put("validations", validations);
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "state", ".tmp");
            Files.writeString(temporary, Json.stringify(json));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the licensing state file " + file, e);
        }
    }
}

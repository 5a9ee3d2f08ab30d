package com.portal.licensing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A machine fingerprint stable across reboots. Reads the OS's machine id locally and never sends
 * it: only SHA-256("licensing-fingerprint/1\n" + product + "\n" + id) leaves the machine.
 */
public final class Fingerprint {
    private Fingerprint() {}

    /** Linux /etc/machine-id (or /var/lib/dbus/machine-id), macOS IOPlatformUUID, Windows MachineGuid. */
    public static String rawMachineId() throws IOException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) return fromCommand(Pattern.compile("\"IOPlatformUUID\" = \"([^\"]+)\""), "ioreg", "-rd1", "-c", "IOPlatformExpertDevice");
        if (os.contains("win"))
            return fromCommand(Pattern.compile("MachineGuid\\s+REG_SZ\\s+(\\S+)"), "reg", "query", "HKLM\\SOFTWARE\\Microsoft\\Cryptography", "/v", "MachineGuid");
        for (String file : new String[] {"/etc/machine-id", "/var/lib/dbus/machine-id"}) {
            Path path = Path.of(file);
            if (Files.isReadable(path)) {
                String id = Files.readString(path).trim();
                if (!id.isEmpty()) return id;
            }
        }
        throw new IOException("This machine has no readable machine id.");
    }

    private static String fromCommand(Pattern pattern, String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Matcher match = pattern.matcher(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        if (match.find()) return match.group(1);
        throw new IOException("This machine has no readable machine id.");
    }

    public static String machineFingerprint(String product, String machineId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(("licensing-fingerprint/1\n" + product + "\n" + machineId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String machineFingerprint(String product) throws IOException {
        return machineFingerprint(product, rawMachineId());
    }
}

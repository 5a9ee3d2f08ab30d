/* A machine fingerprint stable across reboots; only the salted hash ever leaves the machine. */
#include "internal.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

/* Linux: /etc/machine-id (systemd), else /var/lib/dbus/machine-id. macOS and Windows: see README. */
static int read_machine_id(char *out, size_t size) {
    const char *paths[] = {"/etc/machine-id", "/var/lib/dbus/machine-id"};
    for (size_t i = 0; i < 2; i++) {
        FILE *file = fopen(paths[i], "r");
        if (!file) continue;
        char *line = fgets(out, (int)size, file);
        fclose(file);
        if (!line) continue;
        out[strcspn(out, "\r\n")] = '\0';
        if (out[0]) return 0;
    }
    return -1;
}

int lic_machine_fingerprint(const char *product, const char *machine_id, char out[65]) {
    char id[256];
    if (!machine_id) {
        if (sodium_init() < 0 || read_machine_id(id, sizeof id) != 0) return -1;
        machine_id = id;
    }
    crypto_hash_sha256_state hash;
    crypto_hash_sha256_init(&hash);
    const char *prefix = "licensing-fingerprint/1\n";
    crypto_hash_sha256_update(&hash, (const unsigned char *)prefix, strlen(prefix));
    crypto_hash_sha256_update(&hash, (const unsigned char *)product, strlen(product));
    crypto_hash_sha256_update(&hash, (const unsigned char *)"\n", 1);
    crypto_hash_sha256_update(&hash, (const unsigned char *)machine_id, strlen(machine_id));
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&hash, digest);
    sodium_bin2hex(out, 65, digest, sizeof digest);
    sodium_memzero(id, sizeof id);
    return 0;
}

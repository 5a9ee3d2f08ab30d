/* Verifying answers exactly as the server signs them: Ed25519 over the date header, "\n", the body. */
#define _GNU_SOURCE
#include "internal.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The DER prefix of an Ed25519 SubjectPublicKeyInfo (a PEM's content); the raw key follows it. */
static const unsigned char SPKI_PREFIX[12] = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

unsigned char *lic_base64_decode(const char *text, size_t *length) {
    size_t capacity = strlen(text) / 4 * 3 + 3;
    unsigned char *out = malloc(capacity + 1);
    if (!out) return NULL;
    /* Whitespace (PEM line breaks) is ignored; anything else that is not base64 fails. */
    if (sodium_base642bin(out, capacity, text, strlen(text), " \r\n\t", length, NULL, sodium_base64_VARIANT_ORIGINAL) != 0) {
        free(out);
        return NULL;
    }
    return out;
}

int lic_parse_public_key(const char *text, unsigned char public_key[32]) {
    if (!text) return -1;
    const char *begin = strstr(text, "-----BEGIN PUBLIC KEY-----");
    char *body;
    if (begin) {
        begin += strlen("-----BEGIN PUBLIC KEY-----");
        const char *end = strstr(begin, "-----END PUBLIC KEY-----");
        if (!end) return -1;
        body = strndup(begin, (size_t)(end - begin));
    } else {
        body = strdup(text);
    }
    if (!body) return -1;
    size_t length = 0;
    unsigned char *bytes = lic_base64_decode(body, &length);
    free(body);
    if (!bytes) return -1;
    int ok = -1;
    if (length == 32) {
        memcpy(public_key, bytes, 32);
        ok = 0;
    } else if (length == 44 && memcmp(bytes, SPKI_PREFIX, sizeof SPKI_PREFIX) == 0) {
        memcpy(public_key, bytes + 12, 32);
        ok = 0;
    }
    free(bytes);
    return ok;
}

long long lic_http_date_ms(const char *date) {
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    const char *rest = date ? strptime(date, "%a, %d %b %Y %H:%M:%S GMT", &tm) : NULL;
    if (!rest || *rest != '\0') return -1;
    return (long long)timegm(&tm) * 1000;
}

int lic_verify_bytes(const unsigned char public_key[32], const char *signature_base64, const unsigned char *data, size_t length) {
    size_t signature_length = 0;
    unsigned char *signature = lic_base64_decode(signature_base64, &signature_length);
    int ok = signature && signature_length == crypto_sign_BYTES &&
             crypto_sign_verify_detached(signature, data, length, public_key) == 0;
    free(signature);
    return ok;
}

const char *lic_verify_answer(const unsigned char public_key[32], const char *date, const char *signature_header,
                              const unsigned char *body, size_t body_length, long long now_ms, long long last_answer_date,
                              long long *date_ms) {
    if (!date || !signature_header || strncmp(signature_header, "ed25519=", 8) != 0) return "signature";
    size_t date_length = strlen(date);
    unsigned char *message = malloc(date_length + 1 + body_length);
    if (!message) return "signature";
    memcpy(message, date, date_length);
    message[date_length] = '\n';
    if (body_length) memcpy(message + date_length + 1, body, body_length);
    int ok = lic_verify_bytes(public_key, signature_header + 8, message, date_length + 1 + body_length);
    free(message);
    if (!ok) return "signature";
    long long at = lic_http_date_ms(date);
    if (at < 0) return "signature";
    if (at < last_answer_date) return "clock";
    if (llabs(now_ms - at) > LIC_MAX_ANSWER_AGE_MS) return "stale";
    if (date_ms) *date_ms = at;
    return NULL;
}

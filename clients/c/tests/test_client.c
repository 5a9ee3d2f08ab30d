/* Unit tests: answers signed here with a throw-away key, exactly as the server signs them. */
#define _GNU_SOURCE
#include "licensing_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static int passed, failed;
#define CHECK(condition, what)                                   \
    do {                                                         \
        if (condition) passed++;                                 \
        else {                                                   \
            failed++;                                            \
            fprintf(stderr, "FAILED: %s (line %d)\n", what, __LINE__); \
        }                                                        \
    } while (0)

static const char *BODY = "{\"valid\":true,\"code\":\"VALID\",\"message\":\"The license is valid for this request.\",\"remedy\":\"Nothing to do.\",\"license\":null,\"activation\":null}";
static unsigned char vendor_pk[32], vendor_sk[64], other_pk[32], other_sk[64];
static long long NOW;

static void http_date(long long ms, char out[64]) {
    time_t seconds = (time_t)(ms / 1000);
    strftime(out, 64, "%a, %d %b %Y %H:%M:%S GMT", gmtime(&seconds));
}

/* "ed25519=<base64>" over date + "\n" + body. */
static void sign_answer(const unsigned char *sk, const char *date, const char *body, char header[160]) {
    size_t length = strlen(date) + 1 + strlen(body);
    unsigned char *message = malloc(length);
    sprintf((char *)message, "%s\n", date);
    memcpy(message + strlen(date) + 1, body, strlen(body));
    unsigned char signature[64];
    crypto_sign_detached(signature, NULL, message, length, sk);
    free(message);
    strcpy(header, "ed25519=");
    sodium_bin2base64(header + 8, 152, signature, 64, sodium_base64_VARIANT_ORIGINAL);
}

static const char *verify_at(const unsigned char *sk, long long signed_at, const char *body, long long now, long long last) {
    char date[64], header[160];
    http_date(signed_at, date);
    sign_answer(sk, date, body, header);
    return lic_verify_answer(vendor_pk, date, header, (const unsigned char *)body, strlen(body), now, last, NULL);
}

static char *closed_port_url(void) {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    bind(s, (struct sockaddr *)&address, sizeof address);
    socklen_t size = sizeof address;
    getsockname(s, (struct sockaddr *)&address, &size);
    close(s);
    char *url = malloc(64);
    snprintf(url, 64, "http://127.0.0.1:%d", ntohs(address.sin_port));
    return url;
}

static long long fixed_clock(void *context) { return *(long long *)context; }

static lic_outcome offline(const char *state, const char *url, long long now, const char *identifier, lic_result *result) {
    char raw[64];
    sodium_bin2base64(raw, sizeof raw, vendor_pk, 32, sodium_base64_VARIANT_ORIGINAL);
    lic_options options = {.base_url = url, .public_key = raw, .state_file = state, .offline_grace_seconds = 3600, .now_ms = fixed_clock, .now_context = &now};
    char error[128];
    lic_client *client = lic_client_new(&options, error, sizeof error);
    lic_outcome outcome = lic_validate(client, "key-1", identifier, result);
    lic_client_free(client);
    return outcome;
}

static char *license_file(const unsigned char *sk, const char *valid_until, const char *nonce) {
    char document[512];
    snprintf(document, sizeof document,
             "{\"activation\":{\"identifier\":\"m-1\"},\"product\":{\"code\":\"P\"},\"features\":[],\"validUntil\":\"%s\"%s%s%s}",
             valid_until, nonce ? ",\"requestNonce\":\"" : "", nonce ? nonce : "", nonce ? "\"" : "");
    unsigned char signature[64];
    crypto_sign_detached(signature, NULL, (const unsigned char *)document, strlen(document), sk);
    char encoded[1024], encoded_signature[128];
    sodium_bin2base64(encoded, sizeof encoded, (const unsigned char *)document, strlen(document), sodium_base64_VARIANT_ORIGINAL);
    sodium_bin2base64(encoded_signature, sizeof encoded_signature, signature, 64, sodium_base64_VARIANT_ORIGINAL);
    char *file = malloc(2048);
    snprintf(file, 2048, "{\"format\":\"license-file/1\",\"algorithm\":\"ed25519\",\"document\":\"%s\",\"signature\":\"%s\"}", encoded, encoded_signature);
    return file;
}

static const char *file_code(lic_client *client, const char *file, const char *identifier, const char *nonce, char out[64]) {
    lic_result result = {0};
    lic_verify_license_file(client, file, identifier, nonce, &result);
    snprintf(out, 64, "%s", result.code);
    lic_result_free(&result);
    return out;
}

int main(void) {
    if (sodium_init() < 0) return 2;
    crypto_sign_keypair(vendor_pk, vendor_sk);
    crypto_sign_keypair(other_pk, other_sk);
    struct timeval tv;
    gettimeofday(&tv, NULL);
    NOW = (long long)tv.tv_sec * 1000;

    /* Signed answers. */
    CHECK(verify_at(vendor_sk, NOW, BODY, NOW, 0) == NULL, "an answer signed now verifies");
    char date[64], header[160];
    http_date(NOW, date);
    sign_answer(vendor_sk, date, BODY, header);
    char *tampered = strdup(BODY);
    tampered[10] ^= 1;
    const char *reason = lic_verify_answer(vendor_pk, date, header, (unsigned char *)tampered, strlen(tampered), NOW, 0, NULL);
    CHECK(reason && strcmp(reason, "signature") == 0, "a tampered byte fails");
    free(tampered);
    reason = verify_at(other_sk, NOW, BODY, NOW, 0);
    CHECK(reason && strcmp(reason, "signature") == 0, "another key fails");
    reason = verify_at(vendor_sk, NOW - 301000, BODY, NOW, 0);
    CHECK(reason && strcmp(reason, "stale") == 0, "an answer 5 minutes old fails");
    reason = verify_at(vendor_sk, NOW + 301000, BODY, NOW, 0);
    CHECK(reason && strcmp(reason, "stale") == 0, "an answer 5 minutes ahead fails");
    reason = verify_at(vendor_sk, NOW - 60000, BODY, NOW, NOW);
    CHECK(reason && strcmp(reason, "clock") == 0, "an answer older than the last trusted fails");
    unsigned char parsed[32];
    const char *pem = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n";
    CHECK(lic_parse_public_key(pem, parsed) == 0 && parsed[0] == 0x19, "a PEM key parses");
    CHECK(lic_parse_public_key("not a key", parsed) != 0, "garbage is not a key");

    /* Offline grace from the state file. */
    char state[] = "/tmp/licensing-c-test-XXXXXX";
    if (!mkdtemp(state)) return 2;
    strcat(state, "/state.json");
    char slot_date[64], slot_header[160];
    http_date(NOW, slot_date);
    sign_answer(vendor_sk, slot_date, BODY, slot_header);
    /* SHA-256 hex of "KEY-1\nm-1", as every client computes it. */
    unsigned char digest[32];
    crypto_hash_sha256(digest, (const unsigned char *)"KEY-1\nm-1", 9);
    char slot[65];
    sodium_bin2hex(slot, sizeof slot, digest, 32);
    FILE *file = fopen(state, "w");
    char *escaped_body = malloc(strlen(BODY) * 2 + 1), *e = escaped_body;
    for (const char *c = BODY; *c; c++) {
        if (*c == '"') *e++ = '\\';
        *e++ = *c;
    }
    *e = '\0';
    fprintf(file, "{\"format\":\"licensing-client-state/1\",\"lastAnswerDate\":%lld,\"lastSeenAt\":%lld,\"validations\":{\"%s\":{\"date\":\"%s\",\"signature\":\"%s\",\"body\":\"%s\"}}}",
            NOW, NOW, slot, slot_date, slot_header, escaped_body);
    fclose(file);
    free(escaped_body);
    char *down = closed_port_url();
    lic_result result = {0};
    CHECK(offline(state, down, NOW + 1800000, "m-1", &result) == LIC_OK && result.from_cache && strcmp(result.code, "VALID") == 0 && result.valid,
          "the cache answers within the grace period");
    lic_result_free(&result);
    CHECK(offline(state, down, NOW + 3601000, "m-1", &result) == LIC_UNREACHABLE && strcmp(result.code, "GRACE_ENDED") == 0, "grace ends");
    lic_result_free(&result);
    CHECK(offline(state, down, NOW + 1000, "m-1", &result) == LIC_UNREACHABLE && strcmp(result.code, "CLOCK_BACKWARDS") == 0, "a clock set back is refused");
    lic_result_free(&result);
    CHECK(offline(state, down, NOW + 1900000, "m-2", &result) == LIC_UNREACHABLE && strcmp(result.code, "NO_CACHED_ANSWER") == 0, "another machine has no cache");
    lic_result_free(&result);

    /* License files. */
    char raw[64], code[64];
    sodium_bin2base64(raw, sizeof raw, vendor_pk, 32, sodium_base64_VARIANT_ORIGINAL);
    lic_options options = {.base_url = down, .public_key = raw, .product = "P"};
    char error[128];
    lic_client *client = lic_client_new(&options, error, sizeof error);
    char *good = license_file(vendor_sk, "2999-01-01T00:00:00.000Z", "n-1");
    CHECK(strcmp(file_code(client, good, "m-1", "n-1", code), "VALID") == 0, "a license file verifies");
    CHECK(strcmp(file_code(client, good, "m-9", NULL, code), "license_file_identifier") == 0, "a file of another machine fails");
    CHECK(strcmp(file_code(client, good, "m-1", "n-2", code), "license_file_nonce") == 0, "another request's file fails");
    char *other = license_file(other_sk, "2999-01-01T00:00:00.000Z", NULL);
    CHECK(strcmp(file_code(client, other, "m-1", NULL, code), "license_file_signature") == 0, "a file of another key fails");
    char *old = license_file(vendor_sk, "2000-01-01T00:00:00.000Z", NULL);
    CHECK(strcmp(file_code(client, old, "m-1", NULL, code), "license_file_expired") == 0, "an expired file fails");
    char *edited = strdup(good);
    char *at = strstr(edited, "\"document\":\"") + 14;
    *at = *at == 'A' ? 'B' : 'A';
    CHECK(strcmp(file_code(client, edited, "m-1", NULL, code), "license_file_signature") == 0, "an edited file fails");
    free(good), free(other), free(old), free(edited), free(down);
    lic_client_free(client);

    /* Offline request and fingerprint. */
    char nonce[33];
    char *request = lic_offline_request("key-1", "P", "m-1", nonce);
    CHECK(request && strstr(request, nonce) && strlen(nonce) == 32, "an offline request carries its nonce");
    free(request);
    char one[65], two[65], three[65];
    lic_machine_fingerprint("ATLAS-CAD", "0123456789abcdef", one);
    lic_machine_fingerprint("ATLAS-CAD", "0123456789abcdef", two);
    lic_machine_fingerprint("OTHER", "0123456789abcdef", three);
    CHECK(strcmp(one, two) == 0 && strlen(one) == 64, "the fingerprint is a stable hash");
    CHECK(strcmp(one, three) != 0, "salted with the product");
    CHECK(lic_machine_fingerprint("ATLAS-CAD", NULL, one) == 0 && strlen(one) == 64, "this machine has a fingerprint");

    printf("c client tests: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

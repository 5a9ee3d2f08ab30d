/*
 * Licensing API client for installed software (clients/c/README.md): libsodium for Ed25519,
 * libcurl for HTTP, cJSON for JSON. Usable from C and C++. Not thread-safe per client:
 * use one lic_client per thread (libcurl's global init runs on the first lic_client_new).
 */
#ifndef LICENSING_CLIENT_H
#define LICENSING_CLIENT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Answers whose date is further than this from the local clock are refused. */
#define LIC_MAX_ANSWER_AGE_MS (5LL * 60 * 1000)

typedef enum {
    LIC_OK = 0,          /* a signed answer, verified; for validate `code` says whether the license is valid */
    LIC_REFUSED = 1,     /* a signed 4xx: `code` is SUSPENDED, SEATS_EXHAUSTED, NOT_FOUND, ... */
    LIC_UNTRUSTED = 2,   /* refused by the client: `code` is signature, stale or clock */
    LIC_UNREACHABLE = 3, /* no server: `code` is NETWORK, NO_CACHED_ANSWER, GRACE_ENDED or CLOCK_BACKWARDS */
    LIC_ERROR = 4        /* bad arguments, out of memory, unwritable state file: see `message` */
} lic_outcome;

typedef struct {
    lic_outcome outcome;
    int status;                /* HTTP status of the answer, 0 when none */
    char code[64];             /* see lic_outcome; for license files VALID or the file problem */
    char *message;             /* what the code means (server's explanation or the client's) */
    char *remedy;              /* what to do (validate answers), else NULL */
    int valid;                 /* validate: the license is valid */
    int created;               /* activate: a new activation (0: the identifier already held one) */
    int from_cache;            /* validate: answered from the cache within the offline grace period */
    long long answered_at_ms;  /* the signed `date` of the answer */
    char *body;                /* the verified JSON body (a license file's decoded document) */
} lic_result;

typedef struct {
    const char *base_url;     /* e.g. https://licensing.example.com */
    const char *public_key;   /* base64 raw 32 bytes or a PEM: embed it in the software */
    const char *product;      /* product code, or NULL */
    const char *state_file;   /* where the last trusted answers are kept, or NULL */
    long long offline_grace_seconds;
    long timeout_seconds;     /* per request, 0 = 15 */
    long long (*now_ms)(void *context); /* the clock, NULL = system time */
    void *now_context;
} lic_options;

typedef struct lic_client lic_client;

/* NULL when the options are unusable (the reason in `error`). */
lic_client *lic_client_new(const lic_options *options, char *error, size_t error_size);
void lic_client_free(lic_client *client);
void lic_result_free(lic_result *result);

/* Each returns result->outcome and fills `result` (free it with lic_result_free). */
lic_outcome lic_validate(lic_client *client, const char *key, const char *identifier, lic_result *result);
lic_outcome lic_activate(lic_client *client, const char *key, const char *identifier, const char *hostname, lic_result *result);
lic_outcome lic_heartbeat(lic_client *client, const char *key, const char *identifier, lic_result *result);
lic_outcome lic_deactivate(lic_client *client, const char *key, const char *identifier, lic_result *result);
/* Fetches and verifies a license file; result->body is the file's JSON as received. */
lic_outcome lic_license_file(lic_client *client, const char *key, const char *identifier, lic_result *result);
/* From a connected machine: posts an offline request file; result->body is the verified response file. */
lic_outcome lic_submit_offline_request(lic_client *client, const char *request_json, lic_result *result);
/* On the machine: verifies a license or response file (signature, identifier, product, nonce when not NULL, validUntil). */
lic_outcome lic_verify_license_file(lic_client *client, const char *file_json, const char *identifier, const char *nonce, lic_result *result);

/* A request file (malloc'd JSON) with a fresh nonce, written into `nonce` (keep it). NULL on failure. */
char *lic_offline_request(const char *key, const char *product, const char *identifier, char nonce[33]);

/*
 * Verifies one answer as the server signs it: Ed25519 over date + "\n" + body. Returns NULL and the
 * date in *date_ms, or the reason: "signature", "clock" (older than last_answer_date) or "stale".
 */
const char *lic_verify_answer(const unsigned char public_key[32], const char *date, const char *signature_header,
                              const unsigned char *body, size_t body_length, long long now_ms, long long last_answer_date,
                              long long *date_ms);
/* The raw 32-byte key from base64 or a PEM; 0 on success. */
int lic_parse_public_key(const char *text, unsigned char public_key[32]);

/*
 * SHA-256 hex of "licensing-fingerprint/1\n" + product + "\n" + machine id. machine_id NULL reads
 * /etc/machine-id (or /var/lib/dbus/machine-id); only the hash leaves the machine. 0 on success.
 */
int lic_machine_fingerprint(const char *product, const char *machine_id, char out[65]);

#ifdef __cplusplus
}
#endif

#endif

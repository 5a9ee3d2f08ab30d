/* Shared between the client's own files; not part of the public header. */
#ifndef LICENSING_INTERNAL_H
#define LICENSING_INTERNAL_H

#include "licensing_client.h"
#include <cjson/cJSON.h>

struct lic_client {
    char *base_url;
    unsigned char public_key[32];
    char *product;
    char *state_file;
    long long offline_grace_seconds;
    long timeout_seconds;
    long long (*now_ms)(void *);
    void *now_context;
};

typedef struct {
    long long last_answer_date;
    long long last_seen_at;
    cJSON *validations; /* slot -> { date, signature, body } */
} lic_state;

/* The `date` header in ms since the epoch, or -1. */
long long lic_http_date_ms(const char *date);
/* A malloc'd copy of the decoded base64, its length in *length; NULL when not base64. */
unsigned char *lic_base64_decode(const char *text, size_t *length);
int lic_verify_bytes(const unsigned char public_key[32], const char *signature_base64, const unsigned char *data, size_t length);

void lic_state_load(const char *file, lic_state *state);
int lic_state_save(const char *file, const lic_state *state);
void lic_state_free(lic_state *state);
void lic_cache_slot(const char *key, const char *identifier, char out[65]);

void lic_set(lic_result *result, lic_outcome outcome, const char *code, const char *message);
long long lic_now(const lic_client *client);

#endif

/* The state file, the same format in every client (clients/README.md). */
#include "internal.h"

#include <ctype.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void lic_cache_slot(const char *key, const char *identifier, char out[65]) {
    /* key trimmed and upper-cased, "\n", identifier: the raw key never touches the disk. */
    while (isspace((unsigned char)*key)) key++;
    size_t key_length = strlen(key);
    while (key_length && isspace((unsigned char)key[key_length - 1])) key_length--;
    crypto_hash_sha256_state hash;
    crypto_hash_sha256_init(&hash);
    for (size_t i = 0; i < key_length; i++) {
        unsigned char c = (unsigned char)toupper((unsigned char)key[i]);
        crypto_hash_sha256_update(&hash, &c, 1);
    }
    crypto_hash_sha256_update(&hash, (const unsigned char *)"\n", 1);
    crypto_hash_sha256_update(&hash, (const unsigned char *)identifier, strlen(identifier));
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&hash, digest);
    sodium_bin2hex(out, 65, digest, sizeof digest);
}

static char *read_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    rewind(file);
    char *text = size >= 0 ? malloc((size_t)size + 1) : NULL;
    if (text && fread(text, 1, (size_t)size, file) == (size_t)size) {
        text[size] = '\0';
    } else {
        free(text);
        text = NULL;
    }
    fclose(file);
    return text;
}

void lic_state_load(const char *path, lic_state *state) {
    state->last_answer_date = 0;
    state->last_seen_at = 0;
    state->validations = NULL;
    char *text = path ? read_file(path) : NULL;
    cJSON *json = text ? cJSON_Parse(text) : NULL;
    free(text);
    const cJSON *format = cJSON_GetObjectItemCaseSensitive(json, "format");
    if (cJSON_IsString(format) && strcmp(format->valuestring, "licensing-client-state/1") == 0) {
        const cJSON *date = cJSON_GetObjectItemCaseSensitive(json, "lastAnswerDate");
        const cJSON *seen = cJSON_GetObjectItemCaseSensitive(json, "lastSeenAt");
        cJSON *validations = cJSON_GetObjectItemCaseSensitive(json, "validations");
        if (cJSON_IsNumber(date) && cJSON_IsNumber(seen) && cJSON_IsObject(validations)) {
            state->last_answer_date = (long long)date->valuedouble;
            state->last_seen_at = (long long)seen->valuedouble;
            state->validations = cJSON_DetachItemViaPointer(json, validations);
        }
    }
    cJSON_Delete(json);
    if (!state->validations) state->validations = cJSON_CreateObject();
}

int lic_state_save(const char *path, const lic_state *state) {
    if (!path) return 0;
    cJSON *json = cJSON_CreateObject();
    cJSON_AddStringToObject(json, "format", "licensing-client-state/1");
    cJSON_AddNumberToObject(json, "lastAnswerDate", (double)state->last_answer_date);
    cJSON_AddNumberToObject(json, "lastSeenAt", (double)state->last_seen_at);
    cJSON_AddItemReferenceToObject(json, "validations", state->validations);
    char *text = cJSON_PrintUnformatted(json);
    cJSON_Delete(json);
    if (!text) return -1;
    /* Atomically: a temporary file, then rename. */
    size_t size = strlen(path) + 32;
    char *temporary = malloc(size);
    int ok = -1;
    if (temporary) {
        snprintf(temporary, size, "%s.%ld.tmp", path, (long)getpid());
        FILE *file = fopen(temporary, "wb");
        if (file) {
            int written = fputs(text, file) >= 0;
            if (fclose(file) == 0 && written && rename(temporary, path) == 0) ok = 0;
        }
        if (ok != 0) remove(temporary);
        free(temporary);
    }
    free(text);
    return ok;
}

void lic_state_free(lic_state *state) {
    cJSON_Delete(state->validations);
    state->validations = NULL;
}

/* License files and offline activation files: a signed JSON document (docs/licensing-api.md). */
#define _GNU_SOURCE
#include "internal.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* An ISO instant (2026-07-15T12:00:00.000Z) in ms, or -1. */
static long long iso_ms(const char *text) {
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    const char *rest = text ? strptime(text, "%Y-%m-%dT%H:%M:%S", &tm) : NULL;
    if (!rest) return -1;
    long long ms = 0;
    if (*rest == '.') {
        int digits = 0;
        for (rest++; *rest >= '0' && *rest <= '9'; rest++)
            if (digits++ < 3) ms = ms * 10 + (*rest - '0');
        while (digits++ < 3) ms *= 10;
    }
    if (strcmp(rest, "Z") != 0) return -1;
    return (long long)timegm(&tm) * 1000 + ms;
}

static const char *text_of(const cJSON *json, const char *a, const char *b) {
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(json, a);
    if (b) item = cJSON_GetObjectItemCaseSensitive(item, b);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}

lic_outcome lic_verify_license_file(lic_client *client, const char *file_json, const char *identifier, const char *nonce, lic_result *result) {
    memset(result, 0, sizeof *result);
    cJSON *file = cJSON_Parse(file_json ? file_json : "");
    const char *algorithm = text_of(file, "algorithm", NULL), *signature = text_of(file, "signature", NULL);
    const char *encoded = text_of(file, "document", NULL);
    size_t length = 0;
    unsigned char *bytes = encoded ? lic_base64_decode(encoded, &length) : NULL;
    const char *problem = NULL;
    cJSON *document = NULL;
    if (!bytes || !algorithm || strcmp(algorithm, "ed25519") != 0 || !signature ||
        !lic_verify_bytes(client->public_key, signature, bytes, length)) {
        problem = "signature";
    } else {
        document = cJSON_ParseWithLength((const char *)bytes, length);
        const char *bound = text_of(document, "activation", "identifier"), *product = text_of(document, "product", "code");
        const char *echoed = text_of(document, "requestNonce", NULL);
        long long until = iso_ms(text_of(document, "validUntil", NULL));
        if (!bound || strcmp(bound, identifier) != 0) problem = "identifier";
        else if (client->product && (!product || strcmp(product, client->product) != 0)) problem = "product";
        else if (nonce && (!echoed || strcmp(echoed, nonce) != 0)) problem = "nonce";
        else if (until <= lic_now(client)) problem = "expired";
    }
    if (problem) {
        char message[96];
        snprintf(message, sizeof message, "The license file is not valid for this machine (%s).", problem);
        char code[40];
        snprintf(code, sizeof code, "license_file_%s", problem);
        lic_set(result, LIC_UNTRUSTED, code, message);
    } else {
        result->body = strndup((const char *)bytes, length);
        result->valid = 1;
        lic_set(result, LIC_OK, "VALID", "The license file is signed by the vendor and valid for this machine.");
    }
    cJSON_Delete(document);
    cJSON_Delete(file);
    free(bytes);
    return result->outcome;
}

char *lic_offline_request(const char *key, const char *product, const char *identifier, char nonce[33]) {
    unsigned char random[16];
    randombytes_buf(random, sizeof random);
    sodium_bin2hex(nonce, 33, random, sizeof random);
    char created[32];
    time_t now = time(NULL);
    strftime(created, sizeof created, "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
    cJSON *request = cJSON_CreateObject();
    cJSON_AddStringToObject(request, "format", "offline-activation-request/1");
    cJSON_AddStringToObject(request, "key", key);
    cJSON_AddStringToObject(request, "product", product);
    cJSON_AddStringToObject(request, "identifier", identifier);
    cJSON_AddStringToObject(request, "nonce", nonce);
    cJSON_AddStringToObject(request, "createdAt", created);
    char *json = cJSON_PrintUnformatted(request);
    cJSON_Delete(request);
    return json;
}

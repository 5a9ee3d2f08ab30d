/* The client: every answer verified, the last validate answer cached for the offline grace period. */
#define _GNU_SOURCE
#include "internal.h"

#include <curl/curl.h>
#include <stdio.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/time.h>

typedef struct {
    long status;
    char *date;
    char *signature;
    unsigned char *body;
    size_t length;
} answer;

static const char *meaning(const char *code) {
    static const char *const table[][2] = {
        {"signature", "The answer is not signed by the vendor's key (tampered, forged, or another key)."},
        {"stale", "The answer's date is more than 5 minutes from this machine's clock (a replayed answer, or a wrong clock)."},
        {"clock", "The answer is older than the last answer this machine trusted (a replayed answer)."},
        {"NETWORK", "The licensing server could not be reached."},
        {"NO_CACHED_ANSWER", "The server could not be reached and no trusted answer for this key and machine is cached."},
        {"GRACE_ENDED", "The server could not be reached and the cached answer is older than the offline grace period."},
        {"CLOCK_BACKWARDS", "The server could not be reached and this machine's clock is behind the last time it checked."},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i][0], code) == 0) return table[i][1];
    return NULL;
}

void lic_set(lic_result *result, lic_outcome outcome, const char *code, const char *message) {
    result->outcome = outcome;
    snprintf(result->code, sizeof result->code, "%s", code);
    free(result->message);
    const char *text = message ? message : meaning(code);
    result->message = text ? strdup(text) : NULL;
}

long long lic_now(const lic_client *client) {
    if (client->now_ms) return client->now_ms(client->now_context);
    struct timeval now;
    gettimeofday(&now, NULL);
    return (long long)now.tv_sec * 1000 + now.tv_usec / 1000;
}

static char *copy(const char *text) { return text ? strdup(text) : NULL; }

lic_client *lic_client_new(const lic_options *options, char *error, size_t error_size) {
    if (sodium_init() < 0) {
        snprintf(error, error_size, "libsodium could not start");
        return NULL;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    lic_client *client = calloc(1, sizeof *client);
    if (!client) return NULL;
    const char *key = options->public_key;
    if (!options->base_url || lic_parse_public_key(key, client->public_key) != 0) {
        snprintf(error, error_size, "%s", options->base_url ? "The public key is neither a base64 Ed25519 key nor a PEM." : "No base_url.");
        free(client);
        return NULL;
    }
    client->base_url = strdup(options->base_url);
    size_t n = strlen(client->base_url);
    while (n && client->base_url[n - 1] == '/') client->base_url[--n] = '\0';
    client->product = copy(options->product);
    client->state_file = copy(options->state_file);
    client->offline_grace_seconds = options->offline_grace_seconds;
    client->timeout_seconds = options->timeout_seconds > 0 ? options->timeout_seconds : 15;
    client->now_ms = options->now_ms;
    client->now_context = options->now_context;
    return client;
}

void lic_client_free(lic_client *client) {
    if (!client) return;
    free(client->base_url);
    free(client->product);
    free(client->state_file);
    free(client);
}

void lic_result_free(lic_result *result) {
    free(result->message);
    free(result->remedy);
    free(result->body);
    memset(result, 0, sizeof *result);
}

static size_t on_body(char *data, size_t size, size_t count, void *context) {
    answer *a = context;
    size_t n = size * count;
    unsigned char *grown = realloc(a->body, a->length + n + 1);
    if (!grown) return 0;
    a->body = grown;
    memcpy(a->body + a->length, data, n);
    a->length += n;
    a->body[a->length] = '\0';
    return n;
}

static size_t on_header(char *data, size_t size, size_t count, void *context) {
    answer *a = context;
    size_t n = size * count;
    char **target = NULL;
    size_t skip = 0;
    if (n > 5 && strncasecmp(data, "date:", 5) == 0) target = &a->date, skip = 5;
    else if (n > 12 && strncasecmp(data, "x-signature:", 12) == 0) target = &a->signature, skip = 12;
    if (target) {
        const char *value = data + skip;
        size_t length = n - skip;
        while (length && (*value == ' ' || *value == '\t')) value++, length--;
        while (length && (value[length - 1] == '\r' || value[length - 1] == '\n' || value[length - 1] == ' ')) length--;
        free(*target);
        *target = strndup(value, length);
    }
    return n;
}

static void answer_free(answer *a) {
    free(a->date);
    free(a->signature);
    free(a->body);
}

/* POSTs JSON; 0 when an answer (any status) arrived. */
static int send_json(const lic_client *client, const char *path, const char *json, answer *out) {
    memset(out, 0, sizeof *out);
    CURL *curl = curl_easy_init();
    if (!curl) return -1;
    size_t url_size = strlen(client->base_url) + strlen(path) + 1;
    char *url = malloc(url_size);
    snprintf(url, url_size, "%s%s", client->base_url, path);
    struct curl_slist *headers = curl_slist_append(NULL, "content-type: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, out);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, client->timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    CURLcode code = curl_easy_perform(curl);
    if (code == CURLE_OK) curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &out->status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    free(url);
    if (!out->body) out->body = (unsigned char *)strdup("");
    return code == CURLE_OK ? 0 : -1;
}

/* Verifies against the state and records it as the newest trusted answer; the reason when untrusted. */
static const char *trust(const lic_client *client, const answer *a, lic_state *state, long long *date) {
    long long now = lic_now(client);
    const char *reason = lic_verify_answer(client->public_key, a->date, a->signature, a->body, a->length, now,
                                           state->last_answer_date, date);
    if (reason) return reason;
    state->last_answer_date = *date;
    if (now > state->last_seen_at) state->last_seen_at = now;
    return NULL;
}

static const char *string_field(const cJSON *json, const char *name) {
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(json, name);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}

/* Fills the result of a verified answer: LIC_OK for 2xx, LIC_REFUSED with the error's code otherwise. */
static lic_outcome answered(const answer *a, long long date, lic_result *result) {
    result->status = (int)a->status;
    result->answered_at_ms = date;
    result->body = strndup((const char *)a->body, a->length);
    if (a->status < 400) {
        lic_set(result, LIC_OK, "OK", NULL);
        return LIC_OK;
    }
    cJSON *json = cJSON_ParseWithLength((const char *)a->body, a->length);
    const cJSON *error = cJSON_GetObjectItemCaseSensitive(json, "error");
    const char *code = string_field(error, "code");
    char fallback[32];
    snprintf(fallback, sizeof fallback, "http_%ld", a->status);
    lic_set(result, LIC_REFUSED, code ? code : fallback, code ? string_field(error, "message") : (const char *)a->body);
    cJSON_Delete(json);
    return LIC_REFUSED;
}

/* Sends, verifies, records the state; with a `slot`, a 200 validate answer is cached under it. */
static lic_outcome exchange(lic_client *client, const char *path, cJSON *body, const char *slot, lic_result *result, answer *a) {
    memset(result, 0, sizeof *result);
    memset(a, 0, sizeof *a);
    char *json = cJSON_PrintUnformatted(body);
    int sent = json ? send_json(client, path, json, a) : -1;
    free(json);
    if (sent != 0) {
        lic_set(result, LIC_UNREACHABLE, "NETWORK", NULL);
        return LIC_UNREACHABLE;
    }
    lic_state state;
    lic_state_load(client->state_file, &state);
    long long date = 0;
    const char *reason = trust(client, a, &state, &date);
    if (reason) {
        lic_state_free(&state);
        lic_set(result, LIC_UNTRUSTED, reason, NULL);
        return LIC_UNTRUSTED;
    }
    if (slot && a->status == 200) {
        cJSON *cached = cJSON_CreateObject();
        cJSON_AddStringToObject(cached, "date", a->date);
        cJSON_AddStringToObject(cached, "signature", a->signature);
        char *text = strndup((const char *)a->body, a->length);
        cJSON_AddStringToObject(cached, "body", text);
        free(text);
        cJSON_DeleteItemFromObjectCaseSensitive(state.validations, slot);
        cJSON_AddItemToObject(state.validations, slot, cached);
    }
    int saved = lic_state_save(client->state_file, &state);
    lic_state_free(&state);
    if (saved != 0) {
        lic_set(result, LIC_ERROR, "state_file", "The licensing state file cannot be written.");
        return LIC_ERROR;
    }
    return answered(a, date, result);
}

static cJSON *request(const lic_client *client, const char *key, const char *identifier, int with_product) {
    cJSON *body = cJSON_CreateObject();
    cJSON_AddStringToObject(body, "key", key);
    cJSON_AddStringToObject(body, "identifier", identifier);
    if (with_product && client->product) cJSON_AddStringToObject(body, "product", client->product);
    return body;
}

/* The fields of a validate answer into the result (code, meaning, remedy, valid). */
static void read_validation(lic_result *result, const char *body, int from_cache) {
    cJSON *json = cJSON_Parse(body);
    const char *code = string_field(json, "code");
    lic_set(result, LIC_OK, code ? code : "", string_field(json, "message"));
    result->remedy = copy(string_field(json, "remedy"));
    result->valid = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(json, "valid"));
    result->from_cache = from_cache;
    cJSON_Delete(json);
}

static lic_outcome cached_validation(lic_client *client, const char *slot, lic_result *result) {
    lic_state state;
    lic_state_load(client->state_file, &state);
    const cJSON *cached = cJSON_GetObjectItemCaseSensitive(state.validations, slot);
    const char *date = string_field(cached, "date"), *signature = string_field(cached, "signature"), *body = string_field(cached, "body");
    long long now = lic_now(client), at = 0;
    lic_outcome outcome = LIC_UNREACHABLE;
    if (!date || !signature || !body) {
        lic_set(result, outcome, "NO_CACHED_ANSWER", NULL);
    } else if (now < state.last_seen_at) {
        lic_set(result, outcome, "CLOCK_BACKWARDS", NULL);
    } else if (lic_verify_answer(client->public_key, date, signature, (const unsigned char *)body, strlen(body),
                                 lic_http_date_ms(date), 0, &at) != NULL) {
        /* Verified again: only the vendor's signature is trusted, not the file. */
        lic_set(result, outcome = LIC_UNTRUSTED, "signature", NULL);
    } else if (now - at > client->offline_grace_seconds * 1000) {
        lic_set(result, outcome, "GRACE_ENDED", NULL);
    } else {
        state.last_seen_at = now;
        if (lic_state_save(client->state_file, &state) != 0) {
            lic_set(result, outcome = LIC_ERROR, "state_file", "The licensing state file cannot be written.");
        } else {
            read_validation(result, body, 1);
            result->body = strdup(body);
            result->answered_at_ms = at;
            outcome = LIC_OK;
        }
    }
    lic_state_free(&state);
    return outcome;
}

lic_outcome lic_validate(lic_client *client, const char *key, const char *identifier, lic_result *result) {
    char slot[65];
    lic_cache_slot(key, identifier, slot);
    cJSON *body = request(client, key, identifier, 1);
    answer a;
    lic_outcome outcome = exchange(client, "/v1/licenses/validate", body, slot, result, &a);
    cJSON_Delete(body);
    if (outcome == LIC_OK) read_validation(result, result->body, 0);
    answer_free(&a);
    if (outcome == LIC_UNREACHABLE) return cached_validation(client, slot, result);
    return outcome;
}

static lic_outcome simple_call(lic_client *client, const char *path, cJSON *body, lic_result *result) {
    answer a;
    lic_outcome outcome = exchange(client, path, body, NULL, result, &a);
    cJSON_Delete(body);
    answer_free(&a);
    return outcome;
}

lic_outcome lic_activate(lic_client *client, const char *key, const char *identifier, const char *hostname, lic_result *result) {
    cJSON *body = request(client, key, identifier, 1);
    if (hostname) cJSON_AddStringToObject(body, "hostname", hostname);
    lic_outcome outcome = simple_call(client, "/v1/activations", body, result);
    if (outcome == LIC_OK) {
        cJSON *json = cJSON_Parse(result->body);
        result->created = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(json, "created"));
        lic_set(result, LIC_OK, result->created ? "ACTIVATED" : "ALREADY_ACTIVATED", NULL);
        cJSON_Delete(json);
    }
    return outcome;
}

lic_outcome lic_heartbeat(lic_client *client, const char *key, const char *identifier, lic_result *result) {
    return simple_call(client, "/v1/activations/heartbeat", request(client, key, identifier, 0), result);
}

lic_outcome lic_deactivate(lic_client *client, const char *key, const char *identifier, lic_result *result) {
    return simple_call(client, "/v1/activations/deactivate", request(client, key, identifier, 0), result);
}

/* A fetched file is returned as received once it verifies; otherwise the file's problem. */
static lic_outcome verified_file(lic_client *client, lic_outcome outcome, const char *identifier, const char *nonce, lic_result *result) {
    if (outcome != LIC_OK) return outcome;
    lic_result check = {0};
    outcome = lic_verify_license_file(client, result->body, identifier, nonce, &check);
    lic_set(result, outcome, check.code, check.message);
    lic_result_free(&check);
    return outcome;
}

lic_outcome lic_license_file(lic_client *client, const char *key, const char *identifier, lic_result *result) {
    lic_outcome outcome = simple_call(client, "/v1/license-files", request(client, key, identifier, 1), result);
    return verified_file(client, outcome, identifier, NULL, result);
}

lic_outcome lic_submit_offline_request(lic_client *client, const char *request_json, lic_result *result) {
    cJSON *body = cJSON_Parse(request_json);
    const char *identifier = string_field(body, "identifier"), *nonce = string_field(body, "nonce");
    if (!identifier || !nonce) {
        memset(result, 0, sizeof *result);
        cJSON_Delete(body);
        lic_set(result, LIC_ERROR, "invalid_request", "The request file has no identifier or nonce.");
        return LIC_ERROR;
    }
    char *id = strdup(identifier), *n = strdup(nonce);
    lic_outcome outcome = simple_call(client, "/v1/offline-activations", body, result);
    outcome = verified_file(client, outcome, id, n, result);
    free(id);
    free(n);
    return outcome;
}

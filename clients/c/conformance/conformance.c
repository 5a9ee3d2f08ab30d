/* The conformance runner (clients/conformance/README.md): runs scenarios.json against a server and
 * prints one JSON line per scenario; exit code 0 when every scenario passed. */
#define _GNU_SOURCE
#include "licensing_client.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

static const char *env(const char *name) {
    const char *value = getenv(name);
    if (!value || !*value) {
        fprintf(stderr, "Set %s (clients/conformance/README.md).\n", name);
        exit(2);
    }
    return value;
}

static long long offset_clock(void *context) {
    struct timeval now;
    gettimeofday(&now, NULL);
    return (long long)now.tv_sec * 1000 + now.tv_usec / 1000 + *(long long *)context;
}

static char *read_all(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    rewind(file);
    char *text = malloc((size_t)size + 1);
    size_t got = fread(text, 1, (size_t)size, file);
    text[got] = '\0';
    fclose(file);
    return text;
}

static const char *string_of(const cJSON *object, const char *name, const char *fallback) {
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, name);
    return cJSON_IsString(item) ? item->valuestring : fallback;
}

/* Runs one step; writes outcome and code. */
static void run(const cJSON *step, const char *state_file, long long grace, char outcome[16], char code[64]) {
    static const char *const OUTCOMES[] = {"ok", "refused", "untrusted", "unreachable", "error"};
    const char *via = string_of(step, "via", "server");
    char base_url[512];
    if (strcmp(via, "server") == 0) snprintf(base_url, sizeof base_url, "%s", env("LICENSING_URL"));
    else if (strcmp(via, "down") == 0) snprintf(base_url, sizeof base_url, "%s", env("CONFORMANCE_DOWN_URL"));
    else snprintf(base_url, sizeof base_url, "%s/%s", env("CONFORMANCE_PROXY_URL"), via);
    const cJSON *shift = cJSON_GetObjectItemCaseSensitive(step, "clockOffsetSeconds");
    long long offset = cJSON_IsNumber(shift) ? (long long)shift->valuedouble * 1000 : 0;
    const char *product = env("CONFORMANCE_PRODUCT");
    lic_options options = {
        .base_url = base_url,
        .public_key = strcmp(string_of(step, "publicKey", "vendor"), "wrong") == 0 ? env("CONFORMANCE_WRONG_PUBLIC_KEY") : env("LICENSING_PUBLIC_KEY"),
        .product = product,
        .state_file = state_file,
        .offline_grace_seconds = grace,
        .now_ms = offset_clock,
        .now_context = &offset,
    };
    char error[160], variable[96], identifier[160];
    lic_client *client = lic_client_new(&options, error, sizeof error);
    if (!client) {
        snprintf(outcome, 16, "error");
        snprintf(code, 64, "%.63s", error);
        return;
    }
    snprintf(variable, sizeof variable, "CONFORMANCE_KEY_%s", string_of(step, "key", ""));
    const char *key = env(variable);
    const char *pattern = string_of(step, "identifier", ""), *hole = strstr(pattern, "{client}");
    if (hole) snprintf(identifier, sizeof identifier, "%.*sc%s", (int)(hole - pattern), pattern, hole + 8);
    else snprintf(identifier, sizeof identifier, "%s", pattern);
    const char *call = string_of(step, "call", "");
    lic_result result = {0};
    lic_outcome got = LIC_ERROR;
    if (strcmp(call, "activate") == 0) got = lic_activate(client, key, identifier, "conformance", &result);
    else if (strcmp(call, "validate") == 0) got = lic_validate(client, key, identifier, &result);
    else if (strcmp(call, "heartbeat") == 0) got = lic_heartbeat(client, key, identifier, &result);
    else if (strcmp(call, "deactivate") == 0) got = lic_deactivate(client, key, identifier, &result);
    else if (strcmp(call, "license_file") == 0) got = lic_license_file(client, key, identifier, &result);
    else if (strcmp(call, "offline_activation") == 0) {
        char nonce[33];
        char *request = lic_offline_request(key, product, identifier, nonce);
        got = lic_submit_offline_request(client, request, &result);
        if (got == LIC_OK) {
            /* On the air-gapped machine: the response file verified against the kept nonce. */
            char *file = strdup(result.body);
            lic_result_free(&result);
            got = lic_verify_license_file(client, file, identifier, nonce, &result);
            free(file);
        }
        free(request);
    }
    snprintf(outcome, 16, "%s", got == LIC_OK && result.from_cache ? "offline" : OUTCOMES[got]);
    snprintf(code, 64, "%s", result.code);
    lic_result_free(&result);
    lic_client_free(client);
}

int main(void) {
    const char *path = getenv("CONFORMANCE_SCENARIOS");
    char *text = read_all(path ? path : "../conformance/scenarios.json");
    cJSON *suite = text ? cJSON_Parse(text) : NULL;
    free(text);
    if (!suite) {
        fprintf(stderr, "Cannot read the scenarios (CONFORMANCE_SCENARIOS).\n");
        return 2;
    }
    const cJSON *defaults = cJSON_GetObjectItemCaseSensitive(suite, "defaults");
    long long grace = (long long)cJSON_GetObjectItemCaseSensitive(defaults, "offlineGraceSeconds")->valuedouble;
    const char *base = getenv("CONFORMANCE_STATE_DIR");
    char state_dir[512];
    snprintf(state_dir, sizeof state_dir, "%s/conformance-c-XXXXXX", base ? base : "/tmp");
    if (!mkdtemp(state_dir)) return 2;
    int failures = 0;
    const cJSON *scenario;
    cJSON_ArrayForEach(scenario, cJSON_GetObjectItemCaseSensitive(suite, "scenarios")) {
        const char *id = string_of(scenario, "id", "?");
        char state_file[600];
        snprintf(state_file, sizeof state_file, "%s/%s.json", state_dir, id);
        const cJSON *own = cJSON_GetObjectItemCaseSensitive(scenario, "offlineGraceSeconds");
        cJSON *line = cJSON_CreateObject(), *got = cJSON_CreateArray();
        cJSON_AddStringToObject(line, "client", "c");
        cJSON_AddStringToObject(line, "scenario", id);
        int pass = 1;
        const cJSON *step;
        cJSON_ArrayForEach(step, cJSON_GetObjectItemCaseSensitive(scenario, "steps")) {
            char outcome[16], code[64];
            run(step, state_file, cJSON_IsNumber(own) ? (long long)own->valuedouble : grace, outcome, code);
            const cJSON *expect = cJSON_GetObjectItemCaseSensitive(step, "expect");
            pass &= strcmp(outcome, string_of(expect, "outcome", "")) == 0 && strcmp(code, string_of(expect, "code", "")) == 0;
            cJSON *item = cJSON_CreateObject();
            cJSON_AddStringToObject(item, "outcome", outcome);
            cJSON_AddStringToObject(item, "code", code);
            cJSON_AddItemToArray(got, item);
        }
        cJSON_AddBoolToObject(line, "pass", pass);
        cJSON_AddItemToObject(line, "got", got);
        char *printed = cJSON_PrintUnformatted(line);
        printf("%s\n", printed);
        fflush(stdout);
        free(printed);
        cJSON_Delete(line);
        failures += !pass;
    }
    cJSON_Delete(suite);
    return failures ? 1 : 0;
}

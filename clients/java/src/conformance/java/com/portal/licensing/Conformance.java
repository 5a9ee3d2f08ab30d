package com.portal.licensing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conformance runner (clients/conformance/README.md): runs scenarios.json against a server and
 * prints one JSON line per scenario; exit code 0 when every scenario passed.
 */
public final class Conformance {
    private static final String CLIENT = "java";

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) throw new IllegalStateException("Set " + name + " (clients/conformance/README.md).");
        return value;
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        String scenarios = System.getenv().getOrDefault("CONFORMANCE_SCENARIOS", "../conformance/scenarios.json");
        Map<String, Object> suite = Json.object(Files.readString(Path.of(scenarios)));
        double grace = (Double) ((Map<String, Object>) suite.get("defaults")).get("offlineGraceSeconds");
        String stateBase = System.getenv("CONFORMANCE_STATE_DIR");
        Path stateDir = stateBase == null ? Files.createTempDirectory("conformance-java-") : Files.createTempDirectory(Path.of(stateBase), "conformance-java-");
        int failures = 0;
        for (Object item : (List<Object>) suite.get("scenarios")) {
            Map<String, Object> scenario = (Map<String, Object>) item;
            Path stateFile = stateDir.resolve(scenario.get("id") + ".json");
            double scenarioGrace = scenario.containsKey("offlineGraceSeconds") ? (Double) scenario.get("offlineGraceSeconds") : grace;
            List<Object> got = new ArrayList<>();
            boolean pass = true;
            for (Object s : (List<Object>) scenario.get("steps")) {
                Map<String, Object> step = (Map<String, Object>) s;
                Map<String, Object> outcome = run(step, stateFile, (long) scenarioGrace);
                Map<String, Object> expect = (Map<String, Object>) step.get("expect");
                pass &= outcome.equals(expect);
                got.add(outcome);
            }
            if (!pass) failures++;
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("client", CLIENT);
            line.put("scenario", scenario.get("id"));
            line.put("pass", pass);
            line.put("got", got);
            System.out.println(Json.stringify(line));
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static Map<String, Object> outcome(String outcome, String code) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("outcome", outcome);
        result.put("code", code);
        return result;
    }

    private static Map<String, Object> run(Map<String, Object> step, Path stateFile, long grace) {
        String via = (String) step.getOrDefault("via", "server");
        String proxy = env("CONFORMANCE_PROXY_URL");
        String baseUrl = switch (via) {
            case "tamper", "stale", "recent" -> proxy + "/" + via;
            case "down" -> env("CONFORMANCE_DOWN_URL");
            default -> env("LICENSING_URL");
        };
        long offset = step.containsKey("clockOffsetSeconds") ? (long) (double) (Double) step.get("clockOffsetSeconds") * 1000 : 0;
        String product = env("CONFORMANCE_PRODUCT");
        LicensingClient client = new LicensingClient(baseUrl,
            "wrong".equals(step.get("publicKey")) ? env("CONFORMANCE_WRONG_PUBLIC_KEY") : env("LICENSING_PUBLIC_KEY"),
            product, stateFile, grace, () -> System.currentTimeMillis() + offset);
        String key = env("CONFORMANCE_KEY_" + step.get("key"));
        String identifier = ((String) step.get("identifier")).replace("{client}", CLIENT);
        try {
            switch ((String) step.get("call")) {
                case "activate": {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("hostname", "conformance");
                    return outcome("ok", Boolean.TRUE.equals(client.activate(key, identifier, details).get("created")) ? "ACTIVATED" : "ALREADY_ACTIVATED");
                }
                case "validate": {
                    LicensingClient.Validation validation = client.validate(key, identifier);
                    return outcome("cache".equals(validation.source()) ? "offline" : "ok", validation.code());
                }
                case "heartbeat":
                    client.heartbeat(key, identifier);
                    return outcome("ok", "OK");
                case "deactivate":
                    client.deactivate(key, identifier);
                    return outcome("ok", "OK");
                case "license_file":
                    client.licenseFile(key, identifier);
                    return outcome("ok", "VALID");
                case "offline_activation": {
                    Map<String, Object> request = OfflineActivation.createRequest(key, product, identifier, Map.of());
                    Map<String, Object> file = client.submitOfflineRequest(request);
                    client.verifyLicenseFile(file, identifier, (String) request.get("nonce"));
                    return outcome("ok", "VALID");
                }
                default:
                    return outcome("error", "unknown call " + step.get("call"));
            }
        } catch (LicensingClient.RefusedException e) {
            return outcome("refused", e.code);
        } catch (SignedAnswer.UntrustedAnswerException e) {
            return outcome("untrusted", e.reason);
        } catch (LicensingClient.UnreachableException e) {
            return outcome("unreachable", e.code);
        } catch (LicenseFile.LicenseFileException e) {
            return outcome("untrusted", "license_file_" + e.problem);
        } catch (RuntimeException e) {
            return outcome("error", e.toString());
        }
    }
}

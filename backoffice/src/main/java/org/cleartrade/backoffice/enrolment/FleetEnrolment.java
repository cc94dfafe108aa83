package org.cleartrade.backoffice.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.util.Base64;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.cleartrade.backoffice.BackOfficeConfig;
import org.cleartrade.backoffice.FleetEndpoint;
import org.cleartrade.backoffice.FleetError;
import org.cleartrade.backoffice.wire.KioskKeyCertificate;
import org.cleartrade.core.certificate.PayloadSigner;

/**
 * Enrols this kiosk with its fleet: the kiosk's current public key, a one-time code an
 * administrator issued for this kiosk id ({@code fleet enrolment-code}), and a proof that the kiosk
 * holds the private key. The fleet answers with its certificate of the key, which this client
 * checks against the configured fleet public key before keeping it.
 *
 * <p>Wire format: {@code POST v1/enrolments} with
 *
 * <pre>
 * {"kioskId":"MALL-07","code":"7Q4M-...","publicKey":"base64 of the raw 32 bytes",
 *  "proof":"base64 of the key's signature of: cleartrade-enrolment/1\nMALL-07\nCODE\nPUBLICKEY\n"}
 * </pre>
 *
 * answered by {@code 201 {"certificate":"<signed text>","signature":"base64",...}} (see {@link
 * KioskKeyCertificate}) or an error {@code {"error":"CODE_UNKNOWN",...}}.
 *
 * <p>Rotating the kiosk key is the same call after {@code FileKioskKeyStore.rotate()}, with a new
 * code: the fleet certifies the new key and keeps the old one, marked rotated, so that everything
 * it signed still verifies.
 */
public final class FleetEnrolment {

    public static final String PROOF_FORMAT = "cleartrade-enrolment/1";
    public static final String CERTIFICATE_FILE = "kiosk-key-certificate.json";
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final BackOfficeConfig config;
    private final FleetEndpoint endpoint;
    private final ObjectMapper json = new ObjectMapper();

    public FleetEnrolment(BackOfficeConfig config) {
        this.config = config;
        this.endpoint = new FleetEndpoint(
                new OkHttpClient.Builder()
                        .connectTimeout(config.connectTimeout())
                        .readTimeout(config.readTimeout())
                        .callTimeout(config.callTimeout())
                        .followRedirects(false)
                        .build(),
                config.baseUrl());
    }

    /** The text the kiosk signs to prove it holds the key it enrols. */
    public static byte[] proofText(String kioskId, String code, String publicKeyBase64) {
        return (PROOF_FORMAT + "\n" + kioskId + "\n" + code + "\n" + publicKeyBase64 + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Enrols the kiosk's current key and keeps the fleet's certificate in {@code
     * backoffice.state-dir/kiosk-key-certificate.json}.
     *
     * @param publicKey the public half of {@code key}
     * @throws EnrolmentRefusedException when the fleet refuses (its error code and message), or
     *     answers with a certificate that does not verify against the configured fleet key
     * @throws IOException when the fleet cannot be reached
     */
    public KioskKeyCertificate enrol(String code, PayloadSigner key, PublicKey publicKey) throws IOException {
        String kioskId = config.kioskId();
        String raw = Base64.getEncoder().encodeToString(KioskKeyCertificate.rawKey(publicKey));
        String proof = Base64.getEncoder().encodeToString(key.sign(proofText(kioskId, code.strip(), raw)));
        byte[] body = json.writeValueAsBytes(json.createObjectNode()
                .put("kioskId", kioskId)
                .put("code", code.strip())
                .put("publicKey", raw)
                .put("proof", proof));
        Request request = new Request.Builder()
                .url(endpoint.url("v1/enrolments"))
                .post(RequestBody.create(body, JSON_TYPE))
                .build();
        byte[] answer;
        try (Response response = endpoint.call(request)) {
            answer = FleetEndpoint.readBounded(response, 64 * 1024);
            if (response.code() != 201) {
                throw new EnrolmentRefusedException(
                        "the fleet refused the enrolment (HTTP " + response.code() + "): " + FleetError.of(answer));
            }
        }
        KioskKeyCertificate certificate = checked(json.readTree(answer), kioskId, publicKey);
        keep(answer);
        return certificate;
    }

    private KioskKeyCertificate checked(JsonNode answer, String kioskId, PublicKey publicKey) {
        KioskKeyCertificate certificate;
        byte[] signature;
        try {
            certificate = KioskKeyCertificate.parse(answer.path("certificate").asText(""));
            signature = Base64.getDecoder().decode(answer.path("signature").asText(""));
        } catch (IllegalArgumentException e) {
            throw new EnrolmentRefusedException("the fleet's answer holds no readable certificate: " + e.getMessage());
        }
        if (!certificate.verifiedBy(config.fleetKey(), signature)) {
            throw new EnrolmentRefusedException("the certificate is not signed by the configured fleet key"
                    + " (backoffice.fleet-public-key): is backoffice.url the right fleet?");
        }
        if (!certificate.kioskId().equals(kioskId)
                || !certificate.equals(KioskKeyCertificate.of(kioskId, publicKey, certificate.certifiedAt()))) {
            throw new EnrolmentRefusedException("the certificate names another kiosk or key: " + certificate);
        }
        return certificate;
    }

    private void keep(byte[] answer) throws IOException {
        Path folder = config.stateDir();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, CERTIFICATE_FILE, ".tmp");
        Files.write(temporary, answer);
        Files.move(temporary, folder.resolve(CERTIFICATE_FILE), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The fleet said no, or said something this kiosk must not trust. */
    public static final class EnrolmentRefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public EnrolmentRefusedException(String message) {
            super(message);
        }
    }
}

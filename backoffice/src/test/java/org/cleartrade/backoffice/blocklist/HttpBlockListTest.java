package org.cleartrade.backoffice.blocklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.cleartrade.backoffice.FleetEndpoint;
import org.cleartrade.core.backoffice.BlockList.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpBlockListTest {

    private static final String IMEI = "356938035643809";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void reportsAClearImeiAndSendsItInTheBodyNotTheUrl() throws Exception {
        server.enqueue(json(200, "{\"status\":\"clear\"}"));

        Answer answer = blockList().check(IMEI);

        assertThat(answer).isEqualTo(new Answer.Clear());
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/imei-checks");
        assertThat(request.getUrl().toString()).doesNotContain(IMEI);
        assertThat(request.getBody().utf8()).isEqualTo("{\"imei\":\"" + IMEI + "\"}");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "{\"status\":\"blocked\",\"reason\":\"reported stolen\"}; reported stolen",
                "{\"status\":\"blocked\"}; reported lost or stolen",
                "{\"status\":\"blocked\",\"reason\":\"  \"}; reported lost or stolen",
            })
    void refusesABlockedImeiWithTheReason(String body, String reason) {
        server.enqueue(json(200, body));

        assertThat(blockList().check(IMEI)).isEqualTo(new Answer.Blocked(reason));
    }

    @ParameterizedTest(name = "HTTP {0} {1} -> unreachable: {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "500; {\"status\":\"clear\"}; HTTP 500",
                "404; ; HTTP 404",
                "200; <html>captive portal</html>; answer is not JSON",
                "200; {\"status\":\"maybe\"}; answer has no known status",
                "200; [1,2]; answer has no known status",
                "200; ; answer has no known status",
            })
    void saysUnreachableForAnyAnswerItCannotTrust(int code, String body, String detail) {
        server.enqueue(json(code, body == null ? "" : body));

        assertThat(blockList().check(IMEI))
                .isInstanceOfSatisfying(
                        Answer.Unreachable.class, u -> assertThat(u.detail()).startsWith(detail));
    }

    @Test
    void saysUnreachableWhenTheServiceIsTooSlow() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{\"status\":\"clear\"}")
                .headersDelay(2, TimeUnit.SECONDS)
                .build());

        assertThat(blockList(Duration.ofMillis(200)).check(IMEI)).isInstanceOf(Answer.Unreachable.class);
    }

    @Test
    void saysUnreachableWhenTheServiceIsDown() {
        HttpBlockList blockList = blockList();
        server.close();

        assertThat(blockList.check(IMEI))
                .isInstanceOfSatisfying(
                        Answer.Unreachable.class, u -> assertThat(u.detail()).contains("ConnectException"));
    }

    @Test
    void neverSendsSomethingThatIsNotAnImei() {
        assertThatThrownBy(() -> blockList().check("35693803564380X"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an IMEI has 15 digits");
        assertThat(server.getRequestCount()).isZero();
    }

    private HttpBlockList blockList() {
        return blockList(Duration.ofSeconds(5));
    }

    private HttpBlockList blockList(Duration timeout) {
        return new HttpBlockList(new FleetEndpoint(new OkHttpClient(), server.url("/")), timeout);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }
}

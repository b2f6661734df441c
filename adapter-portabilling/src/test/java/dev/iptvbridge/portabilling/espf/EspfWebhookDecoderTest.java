package dev.iptvbridge.portabilling.espf;

import static dev.iptvbridge.portabilling.espf.EspfRequests.PASSWORD;
import static dev.iptvbridge.portabilling.espf.EspfRequests.SETTINGS;
import static dev.iptvbridge.portabilling.espf.EspfRequests.USER;
import static dev.iptvbridge.portabilling.espf.EspfRequests.basic;
import static dev.iptvbridge.portabilling.espf.EspfRequests.headers;
import static dev.iptvbridge.portabilling.espf.EspfRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iptvbridge.application.port.in.AcceptEventCommand;
import dev.iptvbridge.application.port.out.WorkKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EspfWebhookDecoderTest {

    private final EspfWebhookDecoder decoder = new EspfWebhookDecoder(SETTINGS);

    @Test
    void aGroupedSubscriberEventBecomesACommandForItsAccount() {
        AcceptEventCommand command = accepted(decoder.decode(headers(), EspfRequests.subscriberUpdated()));

        assertThat(command).isEqualTo(new AcceptEventCommand(918273, "Subscriber/Updated", OptionalInt.of(3),
                WorkKey.account(1000889), Optional.of(Instant.parse("2026-11-25T14:03:11Z"))));
    }

    @Test
    void anInternalAccountEventWithIdsAsStringsIsAccepted() {
        byte[] body = utf8("{\"event_type\": \"Account/Blocked\", \"variables\": {\"i_event\": \"918274\", "
                + "\"i_account\": \"1000890\", \"i_env\": \"3\"}}");

        AcceptEventCommand command = accepted(decoder.decode(headers(), body));

        assertThat(command.eventId()).isEqualTo(918274);
        assertThat(command.type()).isEqualTo("Account/Blocked");
        assertThat(command.subject()).isEqualTo(WorkKey.account(1000890));
        assertThat(command.environment()).hasValue(3);
        assertThat(command.eventTime()).isEmpty();
    }

    @Test
    void aCustomerEventNamesTheCustomer() {
        byte[] body = utf8("{\"event_type\": \"Customer/Status/Suspended\", \"variables\": {\"i_event\": 7, "
                + "\"i_customer\": 5001, \"event_time\": \"2026-11-25 14:03:11\"}}");

        AcceptEventCommand command = accepted(decoder.decode(headers(), body));

        assertThat(command.subject()).isEqualTo(WorkKey.customer(5001));
        assertThat(command.environment()).isEmpty();
    }

    @Test
    void anAccountIdWinsOverACustomerId() {
        byte[] body = utf8("{\"event_type\": \"Subscriber/Created\", \"variables\": {\"i_event\": 8, "
                + "\"i_customer\": 5001, \"i_account\": 1000889}}");

        assertThat(accepted(decoder.decode(headers(), body)).subject()).isEqualTo(WorkKey.account(1000889));
    }

    @Test
    void unknownEventTypesAndVariablesAreAccepted() {
        byte[] body = utf8("{\"event_type\": \"Account/Balance/Changed\", \"extra\": [1], \"variables\": "
                + "{\"i_event\": 9, \"i_account\": 1000889, \"balance\": 12.5, \"nested\": {\"a\": null}}}");

        AcceptEventCommand command = accepted(decoder.decode(headers(), body));

        assertThat(command.type()).isEqualTo("Account/Balance/Changed");
        assertThat(command.subject()).isEqualTo(WorkKey.account(1000889));
    }

    @Test
    void anUnreadableEventTimeIsIgnoredNotRejected() {
        byte[] body = utf8("{\"event_type\": \"Subscriber/Updated\", \"variables\": {\"i_event\": 10, "
                + "\"i_account\": 1000889, \"event_time\": \"yesterday at noon\"}}");

        assertThat(accepted(decoder.decode(headers(), body)).eventTime()).isEmpty();
    }

    @Test
    void wrongCredentialsAreUnauthorizedWithoutEchoingThem() {
        Map<String, String> headers = Map.of("Authorization", basic(USER, "guess"));

        EspfDecoding.Rejected rejected = rejected(decoder.decode(headers, EspfRequests.subscriberUpdated()));

        assertThat(rejected.rejection()).isEqualTo(Rejection.UNAUTHORIZED);
        assertThat(rejected.rejection().httpStatus()).isEqualTo(401);
        assertThat(rejected.message()).contains("wrong user or password").doesNotContain("guess", PASSWORD);
    }

    @Test
    void aMissingHeaderSaysWhichHeaderIsExpected() {
        EspfDecoding.Rejected rejected = rejected(decoder.decode(Map.of(), EspfRequests.subscriberUpdated()));

        assertThat(rejected.rejection()).isEqualTo(Rejection.UNAUTHORIZED);
        assertThat(rejected.message()).contains("missing header Authorization");
        assertThat(rejected(decoder.decode(null, null)).rejection()).isEqualTo(Rejection.UNAUTHORIZED);
    }

    @Test
    void otherSchemesAndBrokenBase64AreUnauthorized() {
        assertThat(rejected(decoder.decode(Map.of("Authorization", "Bearer abc"), EspfRequests.subscriberUpdated()))
                .message()).contains("does not hold Basic credentials");
        assertThat(rejected(decoder.decode(Map.of("Authorization", "Basic ###"), EspfRequests.subscriberUpdated()))
                .message()).contains("not valid base64");
    }

    @Test
    void headerNamesMatchWhateverTheirCase() {
        Map<String, String> headers = Map.of("authorization", "basic " + basic(USER, PASSWORD).substring(6));

        assertThat(decoder.decode(headers, EspfRequests.subscriberUpdated())).isInstanceOf(EspfDecoding.Accepted.class);
    }

    @Test
    void aCustomHeaderNameCarriesTheCredentials() {
        EspfWebhookDecoder custom = new EspfWebhookDecoder(new EspfWebhookSettings(USER, PASSWORD, "X-ESPF-Auth", 4096));

        assertThat(custom.decode(Map.of("x-espf-auth", basic(USER, PASSWORD)), EspfRequests.subscriberUpdated()))
                .isInstanceOf(EspfDecoding.Accepted.class);
        EspfDecoding.Rejected underDefault = rejected(custom.decode(Map.of("Authorization", basic(USER, PASSWORD)),
                EspfRequests.subscriberUpdated()));
        assertThat(underDefault.message()).contains("missing header X-ESPF-Auth");
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        byte[] body = new byte[4097];
        Arrays.fill(body, (byte) ' ');

        EspfDecoding.Rejected rejected = rejected(decoder.decode(headers(), body));

        assertThat(rejected.rejection()).isEqualTo(Rejection.PAYLOAD_TOO_LARGE);
        assertThat(rejected.rejection().httpStatus()).isEqualTo(413);
        assertThat(rejected.message()).contains("4097", "4096");
    }

    @Test
    void malformedJsonIsRejectedAsMalformed() {
        EspfDecoding.Rejected rejected = rejected(decoder.decode(headers(), utf8("{\"event_type\": \"Subscr")));

        assertThat(rejected.rejection()).isEqualTo(Rejection.MALFORMED);
        assertThat(rejected.rejection().httpStatus()).isEqualTo(400);
        assertThat(rejected.message()).startsWith("the body is not valid JSON");
        assertThat(rejected(decoder.decode(headers(), utf8("{} trailing"))).rejection()).isEqualTo(Rejection.MALFORMED);
        assertThat(rejected(decoder.decode(headers(), new byte[0])).message()).contains("empty");
    }

    @Test
    void anEventWithoutAnyIdIsNotAnEvent() {
        byte[] body = utf8("{\"event_type\": \"Subscriber/Updated\", \"variables\": {\"i_event\": 11}}");

        EspfDecoding.Rejected rejected = rejected(decoder.decode(headers(), body));

        assertThat(rejected.rejection()).isEqualTo(Rejection.NOT_AN_EVENT);
        assertThat(rejected.message()).contains("i_account", "i_customer");
    }

    @Test
    void eachMissingOrBrokenPartIsNamed() {
        assertThat(notAnEvent("{\"event_type\": \"X\", \"variables\": {\"i_account\": 1}}")).contains("i_event is missing");
        assertThat(notAnEvent("{\"variables\": {\"i_event\": 1, \"i_account\": 1}}")).contains("event_type is missing");
        assertThat(notAnEvent("{\"event_type\": 5, \"variables\": {\"i_event\": 1, \"i_account\": 1}}"))
                .contains("event_type must be a non-empty string");
        assertThat(notAnEvent("{\"event_type\": \"X\"}")).contains("variables is missing");
        assertThat(notAnEvent("{\"event_type\": \"X\", \"variables\": {\"i_event\": 1, \"i_account\": \"12ab\"}}"))
                .contains("variables.i_account must be a whole number", "12ab");
        assertThat(notAnEvent("{\"event_type\": \"X\", \"variables\": {\"i_event\": 1.5, \"i_account\": 1}}"))
                .contains("variables.i_event");
        assertThat(notAnEvent("{\"event_type\": \"X\", \"variables\": {\"i_event\": 1, \"i_account\": -4}}"))
                .contains("variables.i_account must not be negative");
        assertThat(notAnEvent("{\"event_type\": \"X\", \"variables\": {\"i_event\": 1, \"i_account\": 1, "
                + "\"i_env\": \"three\"}}")).contains("variables.i_env");
        assertThat(notAnEvent("[1, 2]")).contains("not an object");
    }

    @Test
    void settingsDefaultTheHeaderAndHideThePassword() {
        EspfWebhookSettings settings = new EspfWebhookSettings(USER, PASSWORD, " ", 10);

        assertThat(settings.headerName()).isEqualTo("Authorization");
        assertThat(settings.toString()).contains(USER).doesNotContain(PASSWORD);
        assertThat(new EspfWebhookSettings(USER, PASSWORD).maxBodyBytes()).isEqualTo(64 * 1024);
        assertThatThrownBy(() -> new EspfWebhookSettings(USER, "", null, 10)).hasMessageContaining("webhook.password");
        assertThatThrownBy(() -> new EspfWebhookSettings(USER, PASSWORD, null, 0)).hasMessageContaining("webhook.maxBodyBytes");
    }

    private String notAnEvent(String json) {
        EspfDecoding.Rejected rejected = rejected(decoder.decode(headers(), utf8(json)));
        assertThat(rejected.rejection()).as(rejected.message()).isEqualTo(Rejection.NOT_AN_EVENT);
        return rejected.message();
    }

    private static AcceptEventCommand accepted(EspfDecoding decoding) {
        assertThat(decoding).isInstanceOf(EspfDecoding.Accepted.class);
        return ((EspfDecoding.Accepted) decoding).command();
    }

    private static EspfDecoding.Rejected rejected(EspfDecoding decoding) {
        assertThat(decoding).isInstanceOf(EspfDecoding.Rejected.class);
        return (EspfDecoding.Rejected) decoding;
    }
}

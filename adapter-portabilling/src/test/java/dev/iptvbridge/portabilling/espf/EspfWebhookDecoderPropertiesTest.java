package dev.iptvbridge.portabilling.espf;

import static dev.iptvbridge.portabilling.espf.EspfRequests.SETTINGS;
import static dev.iptvbridge.portabilling.espf.EspfRequests.headers;
import static dev.iptvbridge.portabilling.espf.EspfRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever arrives, the decoder answers Accepted or Rejected and never throws. */
class EspfWebhookDecoderPropertiesTest {

    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ":", ",", "\"", "\\", " ", "null",
            "true", "false", "0", "-1", "1e999", "18446744073709551616", "1.5", "\"i_event\"", "\"i_account\"",
            "\"i_customer\"", "\"i_env\"", "\"event_type\"", "\"variables\"", "\"event_time\"",
            "\"2026-11-25 14:03:11\"", "\"Subscriber/Updated\"", "\"123\"", "\"abc\"", "\u0000", "\uD83D",
            "\u00e9", "\"\"");
    private static final byte[] VALID = EspfRequests.subscriberUpdated();

    private final EspfWebhookDecoder decoder = new EspfWebhookDecoder(SETTINGS);

    @Test
    void randomBytesNeverMakeItThrow() {
        qt().withExamples(3000).forAll(Generate.byteArrays(integers().between(0, 300),
                        Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
                .check(this::answers);
    }

    @Test
    void randomJsonishTextNeverMakesItThrow() {
        Gen<String> jsonish = lists().of(Generate.pick(TOKENS)).ofSizeBetween(0, 60)
                .map(tokens -> String.join("", tokens));
        qt().withExamples(3000).forAll(jsonish).check(text -> answers(text.getBytes(StandardCharsets.UTF_8)));
        qt().withExamples(1000).forAll(strings().allPossible().ofLengthBetween(0, 100))
                .check(text -> answers(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void mutatedValidBodiesNeverMakeItThrow() {
        Gen<byte[]> mutated = lists().of(integers().between(0, VALID.length - 1)
                        .zip(integers().between(0, 255), (position, value) -> new int[] {position, value}))
                .ofSizeBetween(1, 6)
                .zip(integers().between(1, VALID.length), (changes, length) -> {
                    byte[] body = java.util.Arrays.copyOf(VALID, length);
                    for (int[] change : changes) {
                        if (change[0] < body.length) {
                            body[change[0]] = (byte) change[1];
                        }
                    }
                    return body;
                });
        qt().withExamples(4000).forAll(mutated).check(this::answers);
    }

    @Test
    void deeplyNestedJsonIsRejectedNotThrown() {
        String deep = "[".repeat(100_000);
        assertThat(decoder.decode(headers(), utf8(deep))).isInstanceOf(EspfDecoding.Rejected.class);
        EspfWebhookDecoder roomy = new EspfWebhookDecoder(new EspfWebhookSettings("u", "p", null, 1_000_000));
        assertThat(roomy.decode(java.util.Map.of("Authorization", EspfRequests.basic("u", "p")), utf8(deep)))
                .isInstanceOf(EspfDecoding.Rejected.class);
    }

    private boolean answers(byte[] body) {
        EspfDecoding decoding = decoder.decode(headers(), body);
        return decoding instanceof EspfDecoding.Accepted
                || decoding instanceof EspfDecoding.Rejected && ((EspfDecoding.Rejected) decoding).message() != null;
    }
}

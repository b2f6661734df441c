package dev.iptvbridge.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void roundTripsAndKeepsTheNewest() {
        String text = "";
        for (long id = 1; id <= 55; id++) {
            text = EventIds.append(text, OptionalLong.of(id));
        }
        assertThat(EventIds.decode(text)).isEqualTo(LongStream.rangeClosed(6, 55).boxed().toList());
        assertThat(EventIds.append("1,2", OptionalLong.of(2))).isEqualTo("1,2");
        assertThat(EventIds.append("1,2", OptionalLong.empty())).isEqualTo("1,2");
        assertThat(EventIds.without("1,2,3", List.of(1L, 3L))).isEqualTo("2");
        assertThat(EventIds.decode("")).isEmpty();
        assertThat(EventIds.encode(List.of(Long.MAX_VALUE, 0L), 10)).isEqualTo(Long.MAX_VALUE + ",0");
    }
}

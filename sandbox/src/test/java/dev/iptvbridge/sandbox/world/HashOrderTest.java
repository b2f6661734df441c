package dev.iptvbridge.sandbox.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class HashOrderTest {

    @Test
    void reordersIdsStablyButNotInTheirOwnOrder() {
        long[] ids = LongStream.range(1_000_000, 1_001_000).toArray();

        long[] ordered = HashOrder.sort(ids, HashOrder.DEFAULT_SEED);

        assertThat(ordered).containsExactlyInAnyOrder(ids).isNotEqualTo(ids);
        assertThat(HashOrder.sort(ids, HashOrder.DEFAULT_SEED)).isEqualTo(ordered);
        assertThat(HashOrder.sort(ids, 7)).isNotEqualTo(ordered);
        long[] reversed = LongStream.range(0, ids.length).map(i -> ids[ids.length - 1 - (int) i]).toArray();
        assertThat(HashOrder.sort(reversed, HashOrder.DEFAULT_SEED)).isEqualTo(ordered);
    }

    @Test
    void reordersTexts() {
        List<String> texts = List.of("a", "b", "c", "d", "e", "f", "g", "h");

        String[] ordered = HashOrder.sort(texts, HashOrder.DEFAULT_SEED);

        assertThat(ordered).containsExactlyInAnyOrderElementsOf(texts);
        assertThat(Arrays.asList(ordered)).isNotEqualTo(texts);
    }
}

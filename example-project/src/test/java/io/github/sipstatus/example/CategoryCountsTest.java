package io.github.sipstatus.example;

import io.github.sipstatus.sip.SipStatusCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class CategoryCountsTest {

    @Test
    void countsPerClassInClassOrder() {
        CategoryCounts counts = new CategoryCounts();
        counts.add(SipStatusCategory.SERVER_ERROR);
        counts.add(SipStatusCategory.CLIENT_ERROR);
        counts.add(SipStatusCategory.PROVISIONAL);
        counts.add(SipStatusCategory.CLIENT_ERROR);

        assertThat(counts.total()).isEqualTo(4);
        assertThat(counts.asMap()).containsExactly(
                entry(SipStatusCategory.PROVISIONAL, 1),
                entry(SipStatusCategory.CLIENT_ERROR, 2),
                entry(SipStatusCategory.SERVER_ERROR, 1));
    }

    @Test
    void startsEmpty() {
        CategoryCounts counts = new CategoryCounts();

        assertThat(counts.total()).isZero();
        assertThat(counts.asMap()).isEmpty();
    }
}

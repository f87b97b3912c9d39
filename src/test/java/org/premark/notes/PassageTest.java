package org.premark.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PassageTest {

    @Test
    void acceptsAConsistentPassage() {
        Passage p = new Passage("a.p1", "a.txt", 1, "", "Some text.", 5, 15);
        assertThat(p.text()).hasSize(p.end() - p.start());
    }

    @Test
    void rejectsBadValuesNamingThem() {
        assertThatThrownBy(() -> new Passage("a.p1", "a.txt", 0, "", "x", 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ordinal must be >= 1, got 0");
        assertThatThrownBy(() -> new Passage("a.p1", "a.txt", 1, "", "x", -1, 0))
                .hasMessageContaining("start must be >= 0, got -1");
        assertThatThrownBy(() -> new Passage("a.p1", "a.txt", 1, "", "text", 0, 3))
                .hasMessageContaining("end - start must equal text length 4");
        assertThatThrownBy(() -> new Passage("a.p1", "a.txt", 1, "", "  ", 0, 2))
                .hasMessageContaining("text must not be blank");
        assertThatThrownBy(() -> new Passage(" ", "a.txt", 1, "", "x", 0, 1))
                .hasMessageContaining("id must not be blank");
        assertThatThrownBy(() -> new Passage("a.p1", "a.txt", 1, null, "x", 0, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("heading");
    }
}

package org.premark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parsing of {@code eval --set} and {@code --grid}, without marking. */
class EvalCommandTest {

    @Test
    void setPairsKeepTheirOrderAndRejectRepeatsAndMissingValues() throws Exception {
        assertEquals(List.of("a.b", "c"), List.copyOf(EvalCommand.pairs(List.of("a.b=1", "c = 2"), "--set").keySet()));
        assertEquals("2", EvalCommand.pairs(List.of("c = 2"), "--set").get("c"));
        assertEquals("--set gives a twice",
                assertThrows(CliException.class, () -> EvalCommand.pairs(List.of("a=1", "a=2"), "--set")).getMessage());
        assertEquals("--set needs key=value, got 'a='",
                assertThrows(CliException.class, () -> EvalCommand.pairs(List.of("a="), "--set")).getMessage());
    }

    @Test
    void theGridIsEveryCombinationWithTheFirstKeyVaryingSlowest() throws Exception {
        assertEquals(List.of(Map.of("a", "1", "b", "x"), Map.of("a", "1", "b", "y"), Map.of("a", "2", "b", "x"),
                Map.of("a", "2", "b", "y")), EvalCommand.grid(List.of("a=1,2", "b=x, y,x")));
        assertEquals("--grid a needs values separated by commas",
                assertThrows(CliException.class, () -> EvalCommand.grid(List.of("a=,"))).getMessage());
    }
}

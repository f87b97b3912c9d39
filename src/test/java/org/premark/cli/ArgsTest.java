package org.premark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {

    @Test
    void aRepeatableOptionKeepsEveryValueInOrder() throws Exception {
        Args args = Args.parse(List.of("--set", "a=1", "--top", "3", "--set=b=2"), Set.of(), Set.of("set"));
        assertEquals(List.of("a=1", "b=2"), args.all("set"));
        assertEquals(List.of("3"), args.all("top"));
        assertEquals(List.of(), args.all("grid"));
        assertEquals("3", args.option("top", ""));
    }

    @Test
    void anyOtherOptionGivenTwiceIsStillAnError() {
        CliException e = assertThrows(CliException.class,
                () -> Args.parse(List.of("--top", "1", "--top", "2"), Set.of(), Set.of("set")));
        assertEquals("option --top given twice", e.getMessage());
    }
}

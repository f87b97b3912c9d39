package org.premark.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void theChildGetsEveryJvmOptionBeforeTheJarAndTheArgumentsAfterIt() {
        List<String> command = Launcher.childCommand(Path.of("/jdk25/bin/java"), Path.of("/apps/premark.jar"),
                List.of("-Xmx300m", "-Dserver.port=38004", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                        "-XX:+UseSerialGC"),
                List.of("mark", "--text", "x"));
        assertEquals(List.of("/jdk25/bin/java", "-Xmx300m", "-Dserver.port=38004", "-XX:+UseSerialGC", "-jar",
                "/apps/premark.jar", "mark", "--text", "x"), command);
    }
}

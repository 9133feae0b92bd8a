package io.mycelium.samples.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SampleArgumentsTest {
    private static final TradingScenario.Config STANDARD = TradingScenario.Config.standard();

    @Test
    void noArgumentsIsTheSingleJvmRunWithTheStandardSession() {
        // Maven passes one empty argument when -Dsample.args is not given.
        SampleArguments none = SampleArguments.parse(new String[] {""}, STANDARD);
        assertEquals(new SampleArguments(100_000, 42, null, null, false, null, null), none);
    }

    @Test
    void eachModeReadsItsAddressAndOptions() {
        SampleArguments serve = SampleArguments.parse(
                new String[] {"--serve=unix:/tmp/x/node.sock", "--for=90s", "--with-parent"}, STANDARD);
        assertEquals("unix:/tmp/x/node.sock", serve.serve());
        assertEquals(Duration.ofSeconds(90), serve.limit());
        assertEquals(Duration.ofMillis(500),
                SampleArguments.parse(new String[] {"--serve=tcp://127.0.0.1:0", "--for=500ms"}, STANDARD).limit());
        SampleArguments connect = SampleArguments.parse(
                new String[] {"--connect=tcp://127.0.0.1:7000", "--events=5000", "--seed=7"}, STANDARD);
        assertEquals("tcp://127.0.0.1:7000", connect.connect());
        assertEquals(5000, connect.events());
        assertEquals(7, connect.seed());
        assertNull(connect.serve());
        assertEquals("unix", SampleArguments.parse(new String[] {"--demo=unix"}, STANDARD).demo());
    }

    @Test
    void wrongOrConflictingArgumentsSayWhy() {
        assertEquals("--serve, --connect and --demo exclude each other",
                assertThrows(IllegalArgumentException.class, () -> SampleArguments.parse(
                        new String[] {"--serve=tcp://127.0.0.1:0", "--connect=tcp://127.0.0.1:0"},
                        STANDARD)).getMessage());
        assertEquals("--demo is tcp or unix, not 'udp'", assertThrows(IllegalArgumentException.class,
                () -> SampleArguments.parse(new String[] {"--demo=udp"}, STANDARD)).getMessage());
        assertEquals("--for and --with-parent go with --serve", assertThrows(IllegalArgumentException.class,
                () -> SampleArguments.parse(new String[] {"--for=5s"}, STANDARD)).getMessage());
        assertEquals("unknown argument '--evnts=5'", assertThrows(IllegalArgumentException.class,
                () -> SampleArguments.parse(new String[] {"--evnts=5"}, STANDARD)).getMessage());
    }
}

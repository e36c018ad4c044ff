package io.vaultdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestRequestTest {
    private final LatestRequest latest = new LatestRequest();
    private final List<String> ran = new ArrayList<>();
    private final List<String> applied = new ArrayList<>();

    private LatestRequest.Request<String> request(String name) {
        return latest.next(() -> {
            ran.add(name);
            return name;
        }, applied::add);
    }

    @Test
    void aRequestReplacedBeforeItRunsDoesNotRun() throws Exception {
        LatestRequest.Request<String> first = request("first");
        LatestRequest.Request<String> second = request("second");
        assertNull(first.work().call());
        second.apply().accept(second.work().call());
        assertEquals(List.of("second"), ran);
        assertEquals(List.of("second"), applied);
    }

    @Test
    void aRequestReplacedWhileItRanIsNotApplied() throws Exception {
        LatestRequest.Request<String> first = request("first");
        String result = first.work().call();
        request("second");
        first.apply().accept(result);
        assertEquals(List.of(), applied);
    }

    @Test
    void aLapsedRequestIsNotApplied() throws Exception {
        LatestRequest.Request<String> only = request("only");
        String result = only.work().call();
        latest.lapse();
        only.apply().accept(result);
        assertEquals(List.of(), applied);
    }
}

package vn.plancycle.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/** A bean an attacker's expression would call: counts its calls, so a test can show it was never called. */
@Component("expressionProbe")
public class ExpressionProbe {

    private final AtomicInteger hits = new AtomicInteger();

    public String hit() {
        hits.incrementAndGet();
        return "staff-vp";
    }

    public int hits() {
        return hits.get();
    }

    public void reset() {
        hits.set(0);
    }
}

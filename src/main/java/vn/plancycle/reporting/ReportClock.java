package vn.plancycle.reporting;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine's time for the reporting processes ({@code ${reportClock.reached(cutOffAt)}}): Camunda's
 * clock, so that tests move it with {@code ClockUtil} as they move the timers.
 */
@Component("reportClock")
public class ReportClock {

    public LocalDateTime now() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    }

    /** True once the ISO date-time has come (the gateway "Đã qua ngày chốt số liệu?"). */
    public boolean reached(String isoDateTime) {
        return !now().isBefore(LocalDateTime.parse(isoDateTime));
    }
}

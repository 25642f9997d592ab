package vn.plancycle.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import vn.plancycle.system.UnitTenantIdProvider;

/**
 * The yardstick: a bare start → user task → end process on the same engine, started once per unit
 * from one thread (business key and {@code unitCode} as the real starters set them, so each
 * instance gets its unit's tenant too). Start is synchronous, so when the loop returns every
 * instance waits in its user task; the count is checked, not assumed.
 */
public final class BareLaunch implements BenchmarkStep {

    public static final String KEY = "bench-bare";
    public static final String TASK = "Task_BareWork";
    public static final String THROUGHPUT = "bare.throughput";

    @Override
    public void run(BenchContext context, Figures figures) {
        context.bean(RepositoryService.class).createDeployment().name("benchmark")
                .addModelInstance(KEY + ".bpmn", model()).deploy();
        List<String> units = context.unitCodes();
        start(context, units.subList(0, Math.min(units.size(), context.settings().warmUpBare())));

        int before = tasks(context);
        long t0 = System.nanoTime();
        start(context, units);
        Duration time = Duration.ofNanos(System.nanoTime() - t0);
        int created = tasks(context) - before;
        if (created != units.size()) {
            throw new IllegalStateException("bare run: " + created + " user tasks for " + units.size() + " starts");
        }
        double throughput = Figures.perSecond(units.size(), time);
        context.put(THROUGHPUT, throughput);
        figures.seconds("bare: time", time, units.size() + " instances start → user task, one caller thread, warm ("
                + context.settings().warmUpBare() + " before)");
        figures.rate("bare: throughput", units.size(), time, "instances with their user task per second");
    }

    private static void start(BenchContext context, List<String> units) {
        RuntimeService runtime = context.bean(RuntimeService.class);
        for (String code : units) {
            runtime.startProcessInstanceByKey(KEY, "BARE-" + code, Map.of(UnitTenantIdProvider.UNIT_VARIABLE, code));
        }
    }

    private static int tasks(BenchContext context) {
        Integer count = context.jdbc().queryForObject("SELECT count(*) FROM act_ru_task WHERE task_def_key_ = ?",
                Integer.class, TASK);
        return count == null ? 0 : count;
    }

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(KEY).name("Quy trình đối chứng").camundaHistoryTimeToLive(3650)
                .startEvent("StartEvent_BareStarted").name("Bắt đầu")
                .userTask(TASK).name("Làm việc").camundaCandidateGroups("unit-${unitCode}-staff")
                .endEvent("EndEvent_BareDone").name("Kết thúc")
                .done();
    }
}

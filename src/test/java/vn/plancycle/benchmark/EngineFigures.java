package vn.plancycle.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.core.env.Environment;

/**
 * The settings the figures were measured under: job executor, history level, JVM heap, cores,
 * database. Read from the running engine and environment, not from what the command was told.
 */
public final class EngineFigures implements BenchmarkStep {

    @Override
    public void run(BenchContext context, Figures figures) {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl)
                context.bean(ProcessEngine.class).getProcessEngineConfiguration();
        Environment env = context.app().getEnvironment();
        JobExecutor jobs = config.getJobExecutor();
        figures.add("job executor: threads", "core " + env.getProperty("camunda.bpm.job-execution.core-pool-size", "3")
                + ", max " + env.getProperty("camunda.bpm.job-execution.max-pool-size", "10")
                + ", queue " + env.getProperty("camunda.bpm.job-execution.queue-capacity", "3"),
                "camunda.bpm.job-execution.*");
        figures.add("job executor: acquisition", "max-jobs " + jobs.getMaxJobsPerAcquisition()
                + ", wait " + jobs.getWaitTimeInMillis() + " ms, max-wait " + jobs.getMaxWait()
                + " ms, backoff " + jobs.getBackoffTimeInMillis() + "/" + jobs.getMaxBackoff() + " ms",
                "lock " + jobs.getLockTimeInMillis() + " ms, acquire by priority " + config.isJobExecutorAcquireByPriority());
        figures.add("history level", config.getHistoryLevel().getName(), "");
        figures.add("database", context.settings().database(), productVersion(context));
        Runtime rt = Runtime.getRuntime();
        figures.add("JVM heap", String.format(Locale.ROOT, "max %d MB", rt.maxMemory() >> 20),
                String.format(Locale.ROOT, "used now %d MB; Java %s", (rt.totalMemory() - rt.freeMemory()) >> 20,
                        System.getProperty("java.version")));
        figures.add("machine cores", String.valueOf(rt.availableProcessors()),
                ManagementFactory.getOperatingSystemMXBean().getName() + ", load "
                        + String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()));
    }

    private static String productVersion(BenchContext context) {
        return context.jdbc().queryForObject("SHOW server_version", String.class);
    }
}

package vn.plancycle.modeling;

import java.time.LocalDateTime;
import java.util.List;

/** What the migration page and API show: versions, per-instance verdicts, and the runs (Camunda batches). */
public final class MigrationViews {

    private MigrationViews() {
    }

    /** A deployed process definition. */
    public record Version(String definitionId, String key, String name, int version, LocalDateTime deployedAt) {
    }

    /** An older version that still has running instances, and its running (or last) migration. */
    public record SourceVersion(Version version, long runningInstances, Run lastRun) {
    }

    /** A process: its latest version and the older ones with running instances. */
    public record ProcessRow(Version latest, List<SourceVersion> older) {

        public boolean offersMigration() {
            return !older.isEmpty();
        }

        public long instancesOnOlder() {
            return older.stream().mapToLong(SourceVersion::runningInstances).sum();
        }
    }

    public record Overview(List<ProcessRow> processes, List<Run> runs) {

        /** The processes whose latest version is newer than some of their running instances: offer a migration. */
        public List<ProcessRow> offers() {
            return processes.stream().filter(ProcessRow::offersMigration).toList();
        }
    }

    /** Whether one instance can move to the latest version, and why not. */
    public record Verdict(String processInstanceId, String businessKey, String tenantId, List<String> waitingIn,
            boolean migratable, List<String> reasons) {
    }

    /** The check of one source version against the latest: plan-level problems, then each instance. */
    public record Check(Version source, Version target, List<String> planProblems, List<Verdict> instances) {

        public long migratableCount() {
            return instances.stream().filter(Verdict::migratable).count();
        }

        public long refusedCount() {
            return instances.size() - migratableCount();
        }
    }

    /** A migration run: who started it and when, and its Camunda batch's progress. */
    public record Run(long id, String processKey, String sourceDefinitionId, int sourceVersion,
            String targetDefinitionId, int targetVersion, int instanceCount, String batchId, String startedBy,
            LocalDateTime startedAt, RunState state, long jobsTotal, long jobsDone, long jobsFailed, long incidents,
            long onTarget, LocalDateTime endedAt) {

        public boolean running() {
            return state != RunState.COMPLETED;
        }
    }

    public enum RunState {
        /** The batch's jobs are being created or executed. */
        RUNNING,
        /** Some jobs failed; their incidents are in Cockpit (Batches). */
        FAILED_JOBS,
        /** The batch has finished. */
        COMPLETED;

        public String messageKey() {
            return "migration.state." + name();
        }
    }

    /** The answer to "migrate": the run, and whether this request started it (false: one was already running). */
    public record Started(Run run, boolean created) {
    }
}

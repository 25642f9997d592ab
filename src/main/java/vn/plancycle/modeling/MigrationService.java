package vn.plancycle.modeling;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.plancycle.modeling.MigrationViews.Check;
import vn.plancycle.modeling.MigrationViews.Overview;
import vn.plancycle.modeling.MigrationViews.ProcessRow;
import vn.plancycle.modeling.MigrationViews.Run;
import vn.plancycle.modeling.MigrationViews.RunState;
import vn.plancycle.modeling.MigrationViews.SourceVersion;
import vn.plancycle.modeling.MigrationViews.Started;
import vn.plancycle.modeling.MigrationViews.Verdict;
import vn.plancycle.modeling.MigrationViews.Version;
import vn.plancycle.plan.PlanTexts;
import vn.plancycle.security.CurrentUser;

/**
 * Moves running instances of an older process version to the latest one with Camunda's migration API, for
 * process owners and administrators.
 * <p>
 * The plan is {@code mapEqualActivities().updateEventTriggers()}. Camunda validates an instance against the plan
 * only when it migrates it, so the check migrates each instance for real inside a transaction of its own that is
 * always rolled back: what Camunda refuses is the verdict, and nothing is changed. The migration itself is a
 * Camunda batch of the instances found migratable (the job executor of any node runs it), recorded with who
 * started it; while it runs, a second request for the same source version returns it instead of starting another.
 */
@Service
public class MigrationService {

    static final int RECENT_RUNS = 20;

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final HistoryService historyService;
    private final MigrationRecords records;
    private final PlanTexts texts;
    private final TransactionTemplate trial;
    private final TransactionTemplate tx;

    public MigrationService(RepositoryService repositoryService, RuntimeService runtimeService,
            ManagementService managementService, HistoryService historyService, MigrationRecords records,
            PlanTexts texts, PlatformTransactionManager transactionManager) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.historyService = historyService;
        this.records = records;
        this.texts = texts;
        this.trial = new TransactionTemplate(transactionManager);
        this.trial.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tx = new TransactionTemplate(transactionManager);
    }

    /** Process owners and administrators only (403 for everyone else). */
    public static void requireOwner(CurrentUser user) {
        if (!user.isProcessOwner() && !user.isAdmin()) {
            throw new AccessDeniedException("process migration: " + user.username());
        }
    }

    /** Every process: its latest version and the older versions that still have running instances. */
    public Overview overview() {
        Map<String, Run> lastRunBySource = new java.util.HashMap<>();
        List<Run> runs = new ArrayList<>();
        for (MigrationRecord record : records.recent(RECENT_RUNS)) {
            Run run = run(record);
            runs.add(run);
            lastRunBySource.putIfAbsent(record.sourceDefinitionId(), run);
        }
        Map<String, List<ProcessDefinition>> byKey = repositoryService.createProcessDefinitionQuery().list().stream()
                .collect(Collectors.groupingBy(ProcessDefinition::getKey));
        List<ProcessRow> rows = new ArrayList<>();
        for (List<ProcessDefinition> versions : byKey.values()) {
            versions.sort(Comparator.comparingInt(ProcessDefinition::getVersion).reversed());
            ProcessDefinition latest = versions.get(0);
            List<SourceVersion> older = new ArrayList<>();
            for (ProcessDefinition old : versions.subList(1, versions.size())) {
                long running = runtimeService.createProcessInstanceQuery().processDefinitionId(old.getId()).count();
                if (running > 0) {
                    older.add(new SourceVersion(version(old), running, lastRunBySource.get(old.getId())));
                }
            }
            rows.add(new ProcessRow(version(latest), older));
        }
        rows.sort(Comparator.comparing((ProcessRow r) -> !r.offersMigration()).thenComparing(r -> r.latest().key()));
        return new Overview(rows, runs);
    }

    /** Which running instances of the source version can move to the latest version, and why the others cannot. */
    public Check check(String sourceDefinitionId) {
        ProcessDefinition source = source(sourceDefinitionId);
        ProcessDefinition target = latestOf(source);
        List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
                .processDefinitionId(source.getId()).orderByBusinessKey().asc().list();
        MigrationPlan plan;
        try {
            plan = plan(source, target);
        } catch (MigrationPlanValidationException e) {
            List<String> problems = planProblems(e, source);
            String reason = texts.text("migration.reason.planInvalid");
            return new Check(version(source), version(target), problems, instances.stream()
                    .map(pi -> new Verdict(pi.getId(), pi.getBusinessKey(), pi.getTenantId(), waitingIn(pi.getId()),
                            false, List.of(reason)))
                    .toList());
        }
        BpmnModelInstance sourceModel = repositoryService.getBpmnModelInstance(source.getId());
        List<Verdict> verdicts = new ArrayList<>();
        for (ProcessInstance pi : instances) {
            List<String> reasons = tryMigration(plan, pi.getId(), sourceModel);
            verdicts.add(new Verdict(pi.getId(), pi.getBusinessKey(), pi.getTenantId(), waitingIn(pi.getId()),
                    reasons.isEmpty(), reasons));
        }
        return new Check(version(source), version(target), List.of(), verdicts);
    }

    /**
     * Starts a Camunda batch that moves the migratable instances of the source version (all of them, or only
     * {@code onlyInstances} when given) to the latest version. While an earlier batch of the same source runs,
     * returns that one (created = false) and starts nothing.
     */
    public Started migrate(String sourceDefinitionId, Collection<String> onlyInstances, CurrentUser user) {
        requireOwner(user);
        ProcessDefinition source = source(sourceDefinitionId);
        ProcessDefinition target = latestOf(source);
        Optional<Run> running = runningFor(source.getId());
        if (running.isPresent()) {
            return new Started(running.get(), false);
        }
        Check check = check(source.getId());
        if (!check.planProblems().isEmpty()) {
            throw MigrationRefusedException.refused("plan_invalid", "migration.error.planInvalid",
                    String.join("; ", check.planProblems()));
        }
        Set<String> wanted = onlyInstances == null || onlyInstances.isEmpty() ? null : new LinkedHashSet<>(onlyInstances);
        if (wanted != null) {
            Set<String> known = check.instances().stream().map(Verdict::processInstanceId).collect(Collectors.toSet());
            for (String id : wanted) {
                if (!known.contains(id)) {
                    throw MigrationRefusedException.refused("unknown_instance", "migration.error.unknownInstance",
                            id, source.getVersion());
                }
            }
        }
        List<String> ids = check.instances().stream().filter(Verdict::migratable)
                .map(Verdict::processInstanceId).filter(id -> wanted == null || wanted.contains(id)).toList();
        if (ids.isEmpty()) {
            throw MigrationRefusedException.refused("nothing_to_migrate", "migration.error.nothingToMigrate",
                    processName(source), source.getVersion());
        }
        MigrationPlan plan = plan(source, target);
        long id;
        try {
            id = tx.execute(status -> {
                // the record first: a concurrent request for the same source fails here (unique), before any batch
                long recordId = records.insertRunning(source.getKey(), source.getId(), source.getVersion(),
                        target.getId(), target.getVersion(), ids, user.username(), now());
                Batch batch = runtimeService.newMigration(plan).processInstanceIds(ids).executeAsync();
                records.setBatch(recordId, batch.getId());
                return recordId;
            });
        } catch (DataIntegrityViolationException e) {
            throw MigrationRefusedException.conflict("migration.error.running");
        }
        return new Started(records.recent(RECENT_RUNS).stream().filter(r -> r.id() == id).findFirst().map(this::run)
                .orElseThrow(), true);
    }

    private Optional<Run> runningFor(String sourceDefinitionId) {
        Optional<MigrationRecord> record = records.runningFor(sourceDefinitionId);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        Run run = run(record.get());
        if (run.running()) {
            return Optional.of(run);
        }
        records.markFinished(record.get().id());
        return Optional.empty();
    }

    private ProcessDefinition source(String sourceDefinitionId) {
        ProcessDefinition source = sourceDefinitionId == null || sourceDefinitionId.isBlank() ? null
                : repositoryService.createProcessDefinitionQuery().processDefinitionId(sourceDefinitionId.strip())
                        .singleResult();
        if (source == null) {
            throw MigrationRefusedException.missing("migration.error.unknownDefinition", String.valueOf(sourceDefinitionId));
        }
        return source;
    }

    private ProcessDefinition latestOf(ProcessDefinition source) {
        ProcessDefinition latest = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(source.getKey()).withoutTenantId().latestVersion().singleResult();
        if (latest == null || latest.getVersion() <= source.getVersion()) {
            throw MigrationRefusedException.refused("already_latest", "migration.error.alreadyLatest",
                    processName(source), source.getVersion());
        }
        return latest;
    }

    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
        return runtimeService.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities()
                .updateEventTriggers().build();
    }

    /** Migrates the one instance in a transaction that is rolled back: Camunda's refusal, translated, or nothing. */
    private List<String> tryMigration(MigrationPlan plan, String processInstanceId, BpmnModelInstance sourceModel) {
        return trial.execute(status -> {
            status.setRollbackOnly();
            try {
                runtimeService.newMigration(plan).processInstanceIds(processInstanceId).execute();
                return List.<String>of();
            } catch (MigratingProcessInstanceValidationException e) {
                return reasons(e.getValidationReport(), sourceModel);
            } catch (ProcessEngineException e) {
                return List.of(texts.text("migration.reason.other", texts.text("migration.instance"), e.getMessage()));
            }
        });
    }

    private List<String> reasons(MigratingProcessInstanceValidationReport report, BpmnModelInstance model) {
        Set<String> reasons = new LinkedHashSet<>();
        for (String failure : report.getFailures()) {
            reasons.add(reason(failure, texts.text("migration.instance")));
        }
        for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
            for (String failure : activity.getFailures()) {
                reasons.add(reason(failure, name(model, activity.getSourceScopeId())));
            }
        }
        for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
            for (String failure : transition.getFailures()) {
                reasons.add(reason(failure, name(model, transition.getSourceScopeId())));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(texts.text("migration.reason.other", texts.text("migration.instance"), "?"));
        }
        return List.copyOf(reasons);
    }

    /** Camunda's common failure reasons in the user's language, naming the step; anything else as Camunda says it. */
    private String reason(String failure, String step) {
        String f = failure.toLowerCase(java.util.Locale.ROOT);
        if (f.contains("no migration instruction")) {
            return texts.text("migration.reason.removed", step);
        }
        if (f.contains("not supported")) {
            return texts.text("migration.reason.unsupported", step);
        }
        if (f.contains("exists in both")) {
            return texts.text("migration.reason.variableConflict", step);
        }
        if (f.contains("not asyncbefore") || f.contains("not asyncafter")) {
            return texts.text("migration.reason.asyncChanged", step);
        }
        if (f.contains("sequence flow")) {
            return texts.text("migration.reason.flowChanged", step);
        }
        return texts.text("migration.reason.other", step, failure);
    }

    private List<String> planProblems(MigrationPlanValidationException e, ProcessDefinition source) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(source.getId());
        List<String> problems = new ArrayList<>();
        for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
            String step = name(model, report.getMigrationInstruction().getSourceActivityId());
            for (String failure : report.getFailures()) {
                problems.add(texts.text("migration.reason.instruction", step, failure));
            }
        }
        e.getValidationReport().getVariableReports().forEach((variable, report) -> report.getFailures()
                .forEach(failure -> problems.add(texts.text("migration.reason.variable", variable, failure))));
        if (problems.isEmpty()) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** The steps the instance waits in (leaf activity instances and pending continuations), by name. */
    private List<String> waitingIn(String processInstanceId) {
        ActivityInstance tree = runtimeService.getActivityInstance(processInstanceId);
        List<String> steps = new ArrayList<>();
        if (tree != null) {
            collect(tree, steps);
        }
        return steps;
    }

    private static void collect(ActivityInstance instance, List<String> steps) {
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            steps.add(label(transition.getActivityName(), transition.getActivityId()));
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
                steps.add(label(child.getActivityName(), child.getActivityId()));
            } else {
                collect(child, steps);
            }
        }
    }

    private static String label(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }

    private static String name(BpmnModelInstance model, String elementId) {
        if (elementId == null) {
            return "?";
        }
        ModelElementInstance element = model.getModelElementById(elementId);
        return element instanceof FlowElement flow ? label(flow.getName(), elementId) : elementId;
    }

    private String processName(ProcessDefinition definition) {
        return label(definition.getName(), definition.getKey());
    }

    private Version version(ProcessDefinition d) {
        Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(d.getDeploymentId())
                .singleResult();
        return new Version(d.getId(), d.getKey(), processName(d), d.getVersion(),
                deployment == null ? null : local(deployment.getDeploymentTime()));
    }

    /** The record with its batch's progress: running (statistics), with failed jobs (incidents), or completed. */
    private Run run(MigrationRecord r) {
        Batch batch = r.batchId() == null ? null
                : managementService.createBatchQuery().batchId(r.batchId()).singleResult();
        long onTarget = r.instanceIds().isEmpty() ? 0 : runtimeService.createProcessInstanceQuery()
                .processInstanceIds(new HashSet<>(r.instanceIds())).processDefinitionId(r.targetDefinitionId()).count();
        if (batch != null) {
            BatchStatistics stats = managementService.createBatchStatisticsQuery().batchId(r.batchId()).singleResult();
            long incidents = runtimeService.createIncidentQuery().jobDefinitionIdIn(batch.getBatchJobDefinitionId())
                    .count();
            long total = stats == null ? batch.getTotalJobs() : stats.getTotalJobs();
            long done = stats == null ? 0 : stats.getCompletedJobs();
            long failed = stats == null ? 0 : stats.getFailedJobs();
            RunState state = failed > 0 || incidents > 0 ? RunState.FAILED_JOBS : RunState.RUNNING;
            return new Run(r.id(), r.processKey(), r.sourceDefinitionId(), r.sourceVersion(), r.targetDefinitionId(),
                    r.targetVersion(), r.instanceCount(), r.batchId(), r.startedBy(), r.startedAt(), state, total, done,
                    failed, incidents, onTarget, null);
        }
        HistoricBatch finished = r.batchId() == null ? null
                : historyService.createHistoricBatchQuery().batchId(r.batchId()).singleResult();
        long total = finished == null ? r.instanceCount() : finished.getTotalJobs();
        return new Run(r.id(), r.processKey(), r.sourceDefinitionId(), r.sourceVersion(), r.targetDefinitionId(),
                r.targetVersion(), r.instanceCount(), r.batchId(), r.startedBy(), r.startedAt(), RunState.COMPLETED,
                total, total, 0, 0, onTarget, finished == null ? null : local(finished.getEndTime()));
    }

    private static LocalDateTime now() {
        return local(ClockUtil.getCurrentTime());
    }

    private static LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}

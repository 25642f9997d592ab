package vn.plancycle.plan;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.plan.PlanDirectory.Person;
import vn.plancycle.plan.PlanDirectory.UnitRef;
import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;

/**
 * Units' yearly plans: drafting (editor, API, import), the check "rõ việc, rõ người, rõ thời hạn",
 * submission to the head through the {@code unit-plan} process, and the status changes the process
 * makes. Pages and the API come through the methods that take a unit code: they are scoped to the
 * current user's unit ({@link CurrentUserService#requireUnitAccess}); only the unit's staff and head
 * (or an administrator) change a plan. The methods that take a plan id are the process's (its
 * delegates), which run with or without a logged-in user.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    /** Ministry time, for the plan's dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final PlanRepository plans;
    private final PlanDirectory directory;
    private final PlanValidator validator;
    private final PlanImporter importer;
    private final PlanSettings settings;
    private final UnitPlanWorkflow workflow;
    private final CurrentUserService currentUser;
    private final Validator beanValidator;

    public PlanService(PlanRepository plans, PlanDirectory directory, PlanValidator validator, PlanImporter importer,
            PlanSettings settings, UnitPlanWorkflow workflow, CurrentUserService currentUser, Validator beanValidator) {
        this.plans = plans;
        this.directory = directory;
        this.validator = validator;
        this.importer = importer;
        this.settings = settings;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.beanValidator = beanValidator;
    }

    // ---------------------------------------------------------------- reading (pages, API)

    /** The unit's plan for the year, or an empty draft when nobody has saved one yet. */
    public PlanView view(String unitCode, int year) {
        UnitRef unit = readableUnit(unitCode, year);
        return plans.findByUnitIdAndYear(unit.id(), year).map(p -> view(p, unit))
                .orElseGet(() -> PlanView.empty(unit.code(), unit.name(), year));
    }

    /** The plan with this id, for a page showing it by the process's {@code planId} (unit-scoped). */
    public Optional<PlanView> view(long planId) {
        return plans.findById(planId).map(plan -> {
            UnitRef unit = directory.units(List.of(plan.getUnitId())).get(plan.getUnitId());
            currentUser.requireUnitAccess(unit.code());
            return view(plan, unit);
        });
    }

    /** What keeps the unit's plan from going to the head (an unsaved plan is empty). */
    public List<PlanProblem> problems(String unitCode, int year) {
        UnitRef unit = readableUnit(unitCode, year);
        Plan plan = plans.findByUnitIdAndYear(unit.id(), year).orElseGet(() -> new Plan(unit.id(), year));
        return validator.validate(plan, directory.usernames(unit.code()));
    }

    /** Where each unit's plan of the year stands, by unit code (units without a plan are absent). */
    public Map<String, PlanStatus> statuses(int year) {
        requireYear(year);
        CurrentUser user = currentUser.current();
        List<Plan> found = plans.findByYear(year);
        Map<Long, UnitRef> units = directory.units(found.stream().map(Plan::getUnitId).collect(Collectors.toSet()));
        Map<String, PlanStatus> statuses = new HashMap<>();
        for (Plan plan : found) {
            String code = units.get(plan.getUnitId()).code();
            if (user.canSeeUnit(code)) {
                statuses.put(code, plan.getStatus());
            }
        }
        return statuses;
    }

    /** The people of the unit (possible task owners). */
    public List<Person> people(String unitCode) {
        currentUser.requireUnitAccess(unitCode);
        return directory.people(unitCode);
    }

    /** Published plans of the year, by unit name: the public page (no login needed). */
    public List<PlanView> published(int year) {
        List<Plan> found = plans.findWithTasksByYearAndStatus(year, PlanStatus.PUBLISHED);
        Map<Long, UnitRef> units = directory.units(found.stream().map(Plan::getUnitId).collect(Collectors.toSet()));
        Map<String, String> names = directory.fullNames(owners(found));
        return found.stream()
                .map(p -> PlanView.of(p, units.get(p.getUnitId()).code(), units.get(p.getUnitId()).name(), names))
                .sorted(Comparator.comparing(PlanView::unitName)).toList();
    }

    /** The import template (sheet NhiemVu, header row, a sample row). */
    public byte[] importTemplate(int year) {
        return importer.template(year);
    }

    // ---------------------------------------------------------------- drafting (pages, API)

    /** The unit's plan for the year, created as an empty draft if there is none (unit members only). */
    @Transactional
    public Plan getOrCreate(String unitCode, int year) {
        return getOrCreate(writableUnit(unitCode, year), year);
    }

    /**
     * Replaces the draft's tasks. Refused when the plan is not editable or a row is malformed (too
     * long, no title, unknown group); an incomplete task is saved and reported by {@link #problems}.
     */
    @Transactional
    public Plan saveDraft(String unitCode, int year, List<PlanTaskForm> tasks) {
        UnitRef unit = writableUnit(unitCode, year);
        if (tasks == null) {
            throw PlanRefusedException.badRequest("invalid_task", "plan.error.noTaskList");
        }
        List<PlanTask> newTasks = toTasks(tasks, 1);
        Plan plan = getOrCreate(unit, year);
        plan.replaceTasks(newTasks);
        return saved(plan, unit);
    }

    /** Appends one task to the draft. */
    @Transactional
    public Plan addTask(String unitCode, int year, PlanTaskForm task) {
        UnitRef unit = writableUnit(unitCode, year);
        Plan plan = getOrCreate(unit, year);
        plan.requireEditable();
        List<PlanTask> newTasks = toTasks(List.of(task), plan.getTasks().size() + 1);
        requireRoom(plan.getTasks().size() + 1);
        newTasks.forEach(plan::addTask);
        return saved(plan, unit);
    }

    /** Removes one task of the draft. */
    @Transactional
    public void deleteTask(String unitCode, int year, long taskId) {
        UnitRef unit = writableUnit(unitCode, year);
        Plan plan = plans.findByUnitIdAndYear(unit.id(), year)
                .orElseThrow(() -> PlanRefusedException.notFound("plan.error.taskNotFound", taskId));
        if (!plan.removeTask(taskId)) {
            throw PlanRefusedException.notFound("plan.error.taskNotFound", taskId);
        }
        saved(plan, unit);
    }

    /**
     * Appends the tasks of an xlsx workbook to the draft, or nothing at all: every row is checked
     * first and the refused rows are returned. A file that is not a readable workbook is refused.
     */
    @Transactional
    public PlanImporter.Result importTasks(String unitCode, int year, InputStream xlsx) {
        UnitRef unit = writableUnit(unitCode, year);
        Plan existing = plans.findByUnitIdAndYear(unit.id(), year).orElse(null);
        if (existing != null) {
            existing.requireEditable();
        }
        PlanImporter.Result result = importer.read(xlsx, year, directory.usernames(unit.code()));
        if (!result.ok()) {
            return result;
        }
        Plan plan = existing != null ? existing : getOrCreate(unit, year);
        requireRoom(plan.getTasks().size() + result.tasks().size());
        result.tasks().forEach(form -> plan.addTask(form.toTask()));
        saved(plan, unit);
        return result;
    }

    /**
     * Sends the plan to the head: locks the plan row, checks it and completes the drafting step of
     * {@code unit-plan}. An invalid plan is refused with its problems and nothing changes. A plan
     * already sent returns the running instance.
     *
     * @throws PlanInvalidException when the plan is not clear on what, who or by when
     */
    @Transactional
    public ProcessInstance submit(String unitCode, int year) {
        UnitRef unit = writableUnit(unitCode, year);
        Set<String> people = directory.usernames(unit.code());
        Long planId = plans.findIdByUnitIdAndYear(unit.id(), year).orElse(null);
        if (planId == null) {
            throw new PlanInvalidException(validator.validate(new Plan(unit.id(), year), people));
        }
        Plan plan = plans.findByIdForUpdate(planId).orElseThrow();
        if (!plan.isEditable()) {
            ProcessInstance running = workflow.running(unit.code(), year);
            if (running != null) {
                return running;
            }
            plan.requireEditable();
        }
        List<PlanProblem> problems = validator.validate(plan, people);
        if (!problems.isEmpty()) {
            throw new PlanInvalidException(problems);
        }
        return workflow.submit(unit.code(), year, plan.getId());
    }

    // ---------------------------------------------------------------- the process's steps (delegates)

    /** The check of the process's validation step; no user needed. */
    public List<PlanProblem> validate(long planId) {
        Plan plan = plan(planId);
        UnitRef unit = directory.units(List.of(plan.getUnitId())).get(plan.getUnitId());
        return validator.validate(plan, directory.usernames(unit.code()));
    }

    /** The plan passed the check and waits for the head. */
    @Transactional
    public void markSubmitted(long planId) {
        plan(planId).markSubmitted(now());
    }

    /** The plan failed the check: back to drafting (a returned plan stays returned). */
    @Transactional
    public void markDraftInvalid(long planId) {
        plan(planId).markDraftInvalid();
    }

    /** The head returned the plan with a comment. */
    @Transactional
    public void markReturned(long planId, String comment, String by) {
        plan(planId).markReturned(comment, by, now());
    }

    /** The head approved the plan; it is published at once. */
    @Transactional
    public void markApprovedAndPublished(long planId, String by) {
        plan(planId).markApprovedAndPublished(by, now());
    }

    // ---------------------------------------------------------------- helpers

    private Plan plan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new IllegalStateException("no plan " + planId));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }

    private PlanView view(Plan plan, UnitRef unit) {
        return PlanView.of(plan, unit.code(), unit.name(), directory.fullNames(owners(List.of(plan))));
    }

    private static Set<String> owners(List<Plan> found) {
        Set<String> owners = new HashSet<>();
        found.forEach(p -> p.getTasks().forEach(t -> {
            if (t.getOwnerUsername() != null) {
                owners.add(t.getOwnerUsername());
            }
        }));
        return owners;
    }

    private Plan getOrCreate(UnitRef unit, int year) {
        return plans.findByUnitIdAndYear(unit.id(), year).orElseGet(() -> plans.save(new Plan(unit.id(), year)));
    }

    /** Flushes the plan and makes sure its drafting step waits in Tasklist. */
    private Plan saved(Plan plan, UnitRef unit) {
        Plan saved = plans.saveAndFlush(plan);
        if (saved.isEditable()) {
            workflow.ensureStarted(unit.code(), saved.getYear(), saved.getId());
        }
        return saved;
    }

    private List<PlanTask> toTasks(List<PlanTaskForm> forms, int firstPosition) {
        requireRoom(forms.size());
        List<PlanTask> tasks = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            PlanTaskForm form = forms.get(i);
            int position = firstPosition + i;
            if (form == null) {
                throw PlanRefusedException.badRequest("invalid_task", "plan.error.taskMissing", position);
            }
            Set<ConstraintViolation<PlanTaskForm>> violations = beanValidator.validate(form);
            if (!violations.isEmpty()) {
                String reasons = violations.stream().map(ConstraintViolation::getMessage).sorted()
                        .collect(Collectors.joining("; "));
                throw PlanRefusedException.badRequest("invalid_task", "plan.error.taskInvalid", position, reasons);
            }
            tasks.add(form.toTask());
        }
        return tasks;
    }

    private void requireRoom(int count) {
        if (count > settings.getMaxTasks()) {
            throw PlanRefusedException.badRequest("too_many_tasks", "plan.error.tooManyTasks", settings.getMaxTasks());
        }
    }

    private UnitRef readableUnit(String unitCode, int year) {
        requireYear(year);
        currentUser.requireUnitAccess(normalise(unitCode));
        return directory.unit(unitCode).orElseThrow(() -> PlanRefusedException.notFound("plan.error.unitUnknown",
                unitCode));
    }

    /** Unit members (staff, head) and administrators change plans; reviewers and leaders only read. */
    private UnitRef writableUnit(String unitCode, int year) {
        UnitRef unit = readableUnit(unitCode, year);
        CurrentUser user = currentUser.current();
        if (!user.isMemberOf(unit.code()) && !user.isAdmin()) {
            throw new AccessDeniedException("plan of " + unit.code() + " is not editable by " + user.username());
        }
        if (!unit.active()) {
            throw PlanRefusedException.conflict("unit_inactive", "plan.error.unitInactive", unit.name());
        }
        return unit;
    }

    private static String normalise(String unitCode) {
        return unitCode == null ? "" : unitCode.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static void requireYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw PlanRefusedException.badRequest("bad_year", "plan.error.year", String.valueOf(year),
                    String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
    }
}

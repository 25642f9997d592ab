package vn.plancycle.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.organization.OrganizationWorkbook.Content;
import vn.plancycle.organization.OrganizationWorkbook.PersonRow;
import vn.plancycle.organization.OrganizationWorkbook.RowProblem;
import vn.plancycle.organization.OrganizationWorkbook.UnitRow;

/**
 * Imports units and people from the workbook, all or nothing: every row is checked first (the
 * same rules as the forms, plus the database), every bad row is reported, and only a clean file
 * is written, in one transaction with the engine's identity changes. If the engine still refuses
 * something half-way, the exception rolls everything back.
 */
@Service
public class OrganizationImportService {

    private final UnitRepository units;
    private final UnitService unitService;
    private final PersonService personService;
    private final PersonRepository people;
    private final IdentityService identity;
    private final Validator validator;
    private final MessageSource messages;

    public OrganizationImportService(UnitRepository units, UnitService unitService, PersonService personService,
            PersonRepository people, IdentityService identity, Validator validator, MessageSource messages) {
        this.units = units;
        this.unitService = unitService;
        this.personService = personService;
        this.people = people;
        this.identity = identity;
        this.validator = validator;
        this.messages = messages;
    }

    @Transactional(rollbackFor = Exception.class)
    public ImportResult importWorkbook(byte[] bytes, String fileName) {
        Content content = OrganizationWorkbook.read(bytes, fileName);
        List<RowProblem> problems = new ArrayList<>(content.problems());
        Set<String> unitCodesInFile = checkUnits(content.units(), problems);
        checkPeople(content.people(), unitCodesInFile, problems);
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        int unitsCreated = 0;
        int unitsUpdated = 0;
        for (UnitRow row : content.units()) {
            boolean exists = units.existsByCode(row.code());
            unitService.upsert(row.code(), row.name(), row.active());
            if (exists) {
                unitsUpdated++;
            } else {
                unitsCreated++;
            }
        }
        int peopleCreated = 0;
        int peopleUpdated = 0;
        for (PersonRow row : content.people()) {
            boolean exists = people.existsByUsername(row.username());
            Unit unit = units.findByCode(row.unitCode()).orElseThrow();
            try {
                personService.upsert(row.username(), row.fullName(), row.email(), unit, row.role(), row.password());
            } catch (FieldProblemException e) {
                throw rejected(List.of(new RowProblem(OrganizationWorkbook.PEOPLE, row.row(), e.messageKey(), e.args())));
            } catch (ProcessEngineException e) {
                throw rejected(List.of(new RowProblem(OrganizationWorkbook.PEOPLE, row.row(),
                        "import.person.engineRefused", e.getMessage())));
            }
            if (exists) {
                peopleUpdated++;
            } else {
                peopleCreated++;
            }
        }
        return new ImportResult(unitsCreated, unitsUpdated, peopleCreated, peopleUpdated);
    }

    private Set<String> checkUnits(List<UnitRow> rows, List<RowProblem> problems) {
        Set<String> codes = new HashSet<>();
        for (UnitRow row : rows) {
            UnitForm form = new UnitForm();
            form.setCode(row.code());
            form.setName(row.name());
            int before = problems.size();
            violations(form, OrganizationWorkbook.UNITS, row.row(), problems);
            if (problems.size() == before || Unit.isValidCode(row.code())) {
                codes.add(row.code());
            }
        }
        return codes;
    }

    private void checkPeople(List<PersonRow> rows, Set<String> unitCodesInFile, List<RowProblem> problems) {
        String sheet = OrganizationWorkbook.PEOPLE;
        for (PersonRow row : rows) {
            PersonForm form = PersonForm.of(row.username(), row.fullName(), row.email(), row.unitCode(),
                    row.role() == null ? PersonRole.STAFF : row.role(), row.password());
            violations(form, sheet, row.row(), problems);
            if (!row.unitCode().isEmpty() && !unitCodesInFile.contains(row.unitCode())
                    && !units.existsByCode(row.unitCode())) {
                problems.add(new RowProblem(sheet, row.row(), "import.person.unit.unknown", row.unitCode()));
            }
            if (!Person.isValidUsername(row.username()) || personService.loginExists(row.username())) {
                continue;
            }
            if (row.password() == null) {
                problems.add(new RowProblem(sheet, row.row(), "import.person.password.required", row.username()));
                continue;
            }
            User candidate = identity.newUser(row.username());
            String[] names = PersonService.splitName(row.fullName());
            candidate.setFirstName(names[0]);
            candidate.setLastName(names[1]);
            candidate.setEmail(row.email());
            String weakness = personService.passwordWeakness(candidate, row.password());
            if (weakness != null) {
                problems.add(new RowProblem(sheet, row.row(), "person.password.weak", weakness));
            }
        }
    }

    private <T> void violations(T form, String sheet, int row, List<RowProblem> problems) {
        validator.validate(form).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(new RowProblem(sheet, row, null, v.getMessage())));
    }

    private ImportRejectedException rejected(List<RowProblem> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> lines = problems.stream()
                .sorted(Comparator.comparing((RowProblem p) -> OrganizationWorkbook.UNITS.equals(p.sheet()) ? 0 : 1)
                        .thenComparingInt(RowProblem::row))
                .map(p -> {
                    String reason = p.messageKey() == null ? String.valueOf(p.args()[0])
                            : messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale);
                    return messages.getMessage("import.row", new Object[] {p.sheet(), String.valueOf(p.row()), reason},
                            locale);
                })
                .toList();
        return new ImportRejectedException(lines);
    }
}

package vn.plancycle.reporting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plancycle.plan.PlanDirectory;

/**
 * The consolidated report of a cycle as files the ministry sends on (DOMAIN §3): an xlsx workbook (a
 * summary sheet, then one sheet of figures per unit) and a docx report in Vietnamese following the
 * usual outline. Both are built from {@link Consolidation#overview} and the reports' frozen figures.
 */
@Service
public class ConsolidationExport {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Everything the two files show: the overview, and per unit its report, figures and task lines. */
    record Content(Consolidation.CycleOverview overview, List<UnitSection> units) {

        ReportingCycle cycle() {
            return overview.cycle();
        }
    }

    /** One unit's part: its row of the overview, its report, its group figures and task lines (owners named). */
    record UnitSection(Consolidation.UnitRow row, UnitReport report, List<ReportGroupFigure> figures,
            List<ReportTaskLine> lines, Map<String, String> ownerNames) {

        String owner(String username) {
            if (username == null) {
                return "";
            }
            String name = ownerNames.get(username);
            return name == null ? username : name + " (" + username + ")";
        }
    }

    private final Consolidation consolidation;
    private final UnitReportRepository reports;
    private final ReportGroupFigureRepository figures;
    private final ReportTaskLineRepository lines;
    private final PlanDirectory directory;
    private final ExportTexts texts;

    public ConsolidationExport(Consolidation consolidation, UnitReportRepository reports,
            ReportGroupFigureRepository figures, ReportTaskLineRepository lines, PlanDirectory directory,
            MessageSource messages) {
        this.consolidation = consolidation;
        this.reports = reports;
        this.figures = figures;
        this.lines = lines;
        this.directory = directory;
        this.texts = new ExportTexts(messages);
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(long cycleId) {
        return ConsolidationWorkbook.write(content(cycleId), texts);
    }

    @Transactional(readOnly = true)
    public byte[] docx(long cycleId) {
        return ConsolidationDocument.write(content(cycleId), texts);
    }

    /** {@code tong-hop-CYCLE-2026-Q1.xlsx}: a name without spaces or diacritics, safe in any header. */
    public static String fileName(ReportingCycle cycle, String extension) {
        return "tong-hop-" + cycle.getBusinessKey() + "." + extension;
    }

    private Content content(long cycleId) {
        Consolidation.CycleOverview overview = consolidation.overview(cycleId);
        Map<Long, UnitReport> byId = reports.findByCycleIdOrderByUnitCodeAsc(cycleId).stream()
                .collect(Collectors.toMap(UnitReport::getId, r -> r));
        Map<Long, List<ReportGroupFigure>> figuresOf = figures.findByReportIdIn(byId.keySet()).stream()
                .sorted((a, b) -> a.getTaskGroup().compareTo(b.getTaskGroup()))
                .collect(Collectors.groupingBy(ReportGroupFigure::getReportId));
        Map<Long, List<ReportTaskLine>> linesOf = lines.findByReportIdInOrderByReportIdAscPositionAsc(byId.keySet())
                .stream().collect(Collectors.groupingBy(ReportTaskLine::getReportId));
        Set<String> owners = new HashSet<>();
        linesOf.values().forEach(l -> l.forEach(line -> {
            if (line.getOwnerUsername() != null) {
                owners.add(line.getOwnerUsername());
            }
        }));
        Map<String, String> names = directory.fullNames(owners);

        List<UnitSection> units = new ArrayList<>();
        for (Consolidation.UnitRow row : overview.units()) {
            units.add(new UnitSection(row, byId.get(row.reportId()), figuresOf.getOrDefault(row.reportId(), List.of()),
                    linesOf.getOrDefault(row.reportId(), List.of()), names));
        }
        return new Content(overview, units);
    }
}

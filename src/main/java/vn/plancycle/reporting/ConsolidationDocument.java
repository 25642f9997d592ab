package vn.plancycle.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The consolidated report as a Word document in Vietnamese, in the outline of DOMAIN §3: a heading
 * (the cycle's title, kind, period, data window, cut-off and due dates), the units' states, then
 * I. results (the figures per task group across units, then each unit's results), II. shortcomings
 * and their causes, III. the next period's key tasks, IV. proposals, and the consolidation note.
 * People's text is written as plain runs, one paragraph per line; nothing in it is interpreted.
 */
final class ConsolidationDocument {

    private static final String FONT = "Times New Roman";
    private static final int FONT_SIZE = 13;
    private static final String HEADING_1 = "Heading1";
    private static final String HEADING_2 = "Heading2";

    private ConsolidationDocument() {
    }

    static byte[] write(ConsolidationExport.Content content, ExportTexts t) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
            headingStyles(doc);
            new ConsolidationDocument.Writer(doc, content, t).write();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the consolidated document", e);
        }
    }

    /** Writes the sections in order. */
    private static final class Writer {
        private final XWPFDocument doc;
        private final ConsolidationExport.Content content;
        private final ExportTexts t;

        Writer(XWPFDocument doc, ConsolidationExport.Content content, ExportTexts t) {
            this.doc = doc;
            this.content = content;
            this.t = t;
        }

        void write() {
            heading();
            unitStates();
            results();
            section("reporting.export.section.shortcomings", UnitReport::getShortcomings);
            section("reporting.export.section.nextTasks", UnitReport::getNextTasks);
            section("reporting.export.section.proposals", UnitReport::getProposals);
            ReportingCycle cycle = content.cycle();
            if (cycle.getConsolidationNote() != null && !cycle.getConsolidationNote().isBlank()) {
                styled(HEADING_1, t.text("reporting.export.note"));
                plainText(cycle.getConsolidationNote());
            }
        }

        private void heading() {
            ReportingCycle cycle = content.cycle();
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, t.text("reporting.export.title"), true).setFontSize(15);
            XWPFParagraph name = doc.createParagraph();
            name.setAlignment(ParagraphAlignment.CENTER);
            run(name, ExportTexts.plain(cycle.getTitle()), true);
            line(t.text("reporting.export.kind", t.text(cycle.getKind().messageKey())));
            line(t.text("reporting.export.period", t.period(cycle)));
            line(t.text("reporting.export.window", ExportTexts.date(cycle.getPeriodStart()),
                    ExportTexts.date(cycle.getCutOff())));
            dateLine("reporting.export.cutOff", cycle.getCutOff());
            dateLine("reporting.export.unitDue", cycle.getDueDate());
            if (cycle.getHomeAffairsDue() != null) {
                dateLine("reporting.export.homeAffairsDue", cycle.getHomeAffairsDue());
                dateLine("reporting.export.governmentDue", cycle.getGovernmentDue());
            }
        }

        private void unitStates() {
            styled(HEADING_1, t.text("reporting.export.unitsTitle"));
            List<Consolidation.UnitRow> units = content.overview().units();
            XWPFTable table = table(new String[] {"unitCode", "unitName", "status", "late", "returns", "assigned",
                "done", "overdue", "completion"});
            for (Consolidation.UnitRow u : units) {
                cells(table.createRow(), u.unitCode(), u.unitName(), t.status(u.status()), t.yesNo(u.late()),
                        String.valueOf(u.returnCount()), String.valueOf(u.assigned()), String.valueOf(u.done()),
                        String.valueOf(u.overdue()), percent(u.completionPercent()));
            }
        }

        private void results() {
            styled(HEADING_1, t.text("reporting.export.section.results"));
            line(t.text("reporting.export.groupsTitle"));
            for (Consolidation.GroupTotal g : content.overview().groups()) {
                styled(HEADING_2, g.group().label());
                line(groupLine(g));
            }
            Consolidation.GroupTotal total = content.overview().total();
            styled(HEADING_2, t.text("reporting.export.total"));
            line(groupLine(total));
            styled(HEADING_2, t.text("reporting.export.unitResults"));
            unitTexts(UnitReport::getResults);
        }

        private void section(String headingKey, Function<UnitReport, String> text) {
            styled(HEADING_1, t.text(headingKey));
            unitTexts(text);
        }

        /** Each unit's text of a section, under the unit's name; a line saying so when no unit wrote any. */
        private void unitTexts(Function<UnitReport, String> text) {
            boolean any = false;
            for (ConsolidationExport.UnitSection unit : content.units()) {
                String written = unit.report() == null ? null : text.apply(unit.report());
                if (written == null || written.isBlank()) {
                    continue;
                }
                any = true;
                run(doc.createParagraph(), t.text("reporting.export.unitText", unit.row().unitName(),
                        unit.row().unitCode()), true);
                plainText(written);
            }
            if (!any) {
                line(t.text("reporting.export.nothing"));
            }
        }

        private String groupLine(Consolidation.GroupTotal g) {
            return t.text("reporting.export.groupLine", g.assigned(), g.doneOnTime(), g.doneLate(), g.inProgress(),
                    g.notStarted(), g.overdue(), g.completionPercent());
        }

        private String percent(java.math.BigDecimal value) {
            return t.text("reporting.export.percent", value);
        }

        private void dateLine(String labelKey, java.time.LocalDate date) {
            line(t.text("reporting.export.dateLine", t.text(labelKey), ExportTexts.date(date)));
        }

        private void line(String text) {
            run(doc.createParagraph(), text, false);
        }

        /** A person's text: one paragraph per line, as plain characters. */
        private void plainText(String text) {
            for (String l : ExportTexts.plain(text).split("\\r?\\n|\\r", -1)) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                run(p, l, false);
            }
        }

        private void styled(String style, String text) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            run(p, text, true);
        }

        private XWPFTable table(String[] columns) {
            XWPFTable table = doc.createTable(1, columns.length);
            table.setWidth("100%");
            XWPFTableRow header = table.getRow(0);
            for (int i = 0; i < columns.length; i++) {
                XWPFParagraph p = header.getCell(i).getParagraphs().get(0);
                run(p, t.text("reporting.export.col." + columns[i]), true);
            }
            header.setRepeatHeader(true);
            return table;
        }

        private void cells(XWPFTableRow row, String... values) {
            for (int i = 0; i < values.length; i++) {
                run(row.getCell(i).getParagraphs().get(0), ExportTexts.plain(values[i]), false);
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(FONT_SIZE);
        run.setBold(bold);
        run.setText(text);
        return run;
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
    }

    /** Heading 1 and 2 as real outline levels, so that Word and LibreOffice list them in their navigator. */
    private static void headingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        headingStyle(styles, HEADING_1, "heading 1", 0, 28);
        headingStyle(styles, HEADING_2, "heading 2", 1, 26);
    }

    private static void headingStyle(XWPFStyles styles, String id, String name, int level, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(style, styles));
    }
}

package vn.plancycle.plan;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The group a plan task belongs to (DOMAIN §1): the five responsibilities of Decision 970 and the
 * seven areas of administrative reform (CCHC). Declaration order is the display order. The
 * Vietnamese label is the official wording; pages show {@code plan.group.<NAME>} from the messages.
 */
public enum TaskGroup {

    AWARENESS(Family.DECISION_970, "Nâng cao nhận thức, tuyên truyền"),
    LEADERSHIP(Family.DECISION_970, "Lãnh đạo, chỉ đạo: kế hoạch, văn bản, đề án đột phá, tài chính"),
    WORKFORCE(Family.DECISION_970, "Nhân lực: bố trí, tuyển dụng, đào tạo"),
    TRANSPARENCY(Family.DECISION_970, "Công khai, minh bạch, phòng chống tham nhũng"),
    MONITORING(Family.DECISION_970, "Theo dõi, đánh giá"),
    INSTITUTIONAL(Family.CCHC, "Cải cách thể chế"),
    PROCEDURES(Family.CCHC, "Cải cách thủ tục hành chính"),
    APPARATUS(Family.CCHC, "Cải cách tổ chức bộ máy"),
    CIVIL_SERVICE(Family.CCHC, "Cải cách chế độ công vụ"),
    PUBLIC_FINANCE(Family.CCHC, "Cải cách tài chính công"),
    DIGITAL_GOVERNMENT(Family.CCHC, "Xây dựng, phát triển Chính phủ điện tử, Chính phủ số"),
    DIRECTION(Family.CCHC, "Chỉ đạo, điều hành CCHC");

    /** The two families of task groups; a unit's plan needs both. */
    public enum Family {
        DECISION_970, CCHC;

        public String messageKey() {
            return "plan.family." + name();
        }
    }

    private final Family family;
    private final String label;

    TaskGroup(Family family, String label) {
        this.family = family;
        this.label = label;
    }

    public Family family() {
        return family;
    }

    /** The Vietnamese label (the wording of the sources). */
    public String label() {
        return label;
    }

    public String messageKey() {
        return "plan.group." + name();
    }

    /**
     * The group named by its enum name ({@code WORKFORCE}) or its Vietnamese label, ignoring case,
     * surrounding blanks and Unicode normalisation form; empty when nothing matches.
     */
    public static Optional<TaskGroup> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalise(text);
        return Arrays.stream(values())
                .filter(g -> g.name().equalsIgnoreCase(text.strip()) || normalise(g.label).equals(wanted))
                .findFirst();
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

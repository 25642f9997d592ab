package vn.plancycle.scoring;

/** What an entry scores: {@code plan:42}, {@code task:7}, {@code report:...}, {@code unit:vp}. */
public record Subject(String type, String id) {

    public static Subject parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("score subject must read 'type:id' (plan:42, task:7, unit:vp), not '"
                    + text + "'");
        }
        String type = text.substring(0, colon).strip();
        String id = text.substring(colon + 1).strip();
        if (type.length() > 20 || id.length() > 100) {
            throw new IllegalArgumentException("score subject too long: '" + text + "'");
        }
        return new Subject(type, id);
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}

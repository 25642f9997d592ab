package vn.plancycle.organization;

import java.util.List;

/** The workbook has bad rows; every one is listed ("Sheet X, dòng N: ...") and nothing was imported. */
public class ImportRejectedException extends RuntimeException {

    private final List<String> problems;

    public ImportRejectedException(List<String> problems) {
        super(problems.size() + " bad rows");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

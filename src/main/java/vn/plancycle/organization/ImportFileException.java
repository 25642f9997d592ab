package vn.plancycle.organization;

/** The uploaded file is not a readable import workbook (not xlsx, corrupt, empty, a sheet missing). */
public class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ImportFileException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}

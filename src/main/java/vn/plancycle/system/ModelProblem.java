package vn.plancycle.system;

import java.util.List;

import org.camunda.bpm.engine.Problem;

/** One finding of {@link ModelChecks} or {@link FormFileCheck}, shaped like Camunda's own parse problems. */
record ModelProblem(String message, int line, int column, String elementId) implements Problem {

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public String getMainElementId() {
        return elementId;
    }

    @Override
    public List<String> getElementIds() {
        return elementId == null ? List.of() : List.of(elementId);
    }
}

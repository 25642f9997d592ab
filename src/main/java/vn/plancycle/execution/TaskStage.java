package vn.plancycle.execution;

/** Where a task stands in its {@code plan-task} process: being carried out, reported done, accepted by the head. */
public enum TaskStage {
    WORKING, REPORTED, ACCEPTED
}

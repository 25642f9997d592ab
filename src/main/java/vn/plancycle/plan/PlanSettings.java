package vn.plancycle.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Plan rules a ministry may change without code ({@code plancycle.plan.*}). */
@Component
@ConfigurationProperties("plancycle.plan")
public class PlanSettings {

    /** Task groups every plan must cover; by default the five responsibilities of Decision 970. */
    private List<TaskGroup> mandatoryGroups = new ArrayList<>(EnumSet.allOf(TaskGroup.class).stream()
            .filter(g -> g.family() == TaskGroup.Family.DECISION_970).toList());

    /** The largest number of tasks a plan (or one import) may hold. */
    private int maxTasks = 500;

    public Set<TaskGroup> mandatoryGroupSet() {
        return mandatoryGroups.isEmpty() ? EnumSet.noneOf(TaskGroup.class) : EnumSet.copyOf(mandatoryGroups);
    }

    public List<TaskGroup> getMandatoryGroups() {
        return mandatoryGroups;
    }

    public void setMandatoryGroups(List<TaskGroup> mandatoryGroups) {
        this.mandatoryGroups = new ArrayList<>(mandatoryGroups);
    }

    public int getMaxTasks() {
        return maxTasks;
    }

    public void setMaxTasks(int maxTasks) {
        this.maxTasks = maxTasks;
    }
}

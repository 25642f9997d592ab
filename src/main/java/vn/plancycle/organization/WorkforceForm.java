package vn.plancycle.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The four workforce figures as typed in the page or sent to the API. */
public class WorkforceForm {

    private static final int MAX = 1_000_000;

    @NotNull(message = "{workforce.required}")
    @Min(value = 0, message = "{workforce.negative}")
    @Max(value = MAX, message = "{workforce.tooLarge}")
    private Integer leaders;

    @NotNull(message = "{workforce.required}")
    @Min(value = 0, message = "{workforce.negative}")
    @Max(value = MAX, message = "{workforce.tooLarge}")
    private Integer expertLeaders;

    @NotNull(message = "{workforce.required}")
    @Min(value = 0, message = "{workforce.negative}")
    @Max(value = MAX, message = "{workforce.tooLarge}")
    private Integer officials;

    @NotNull(message = "{workforce.required}")
    @Min(value = 0, message = "{workforce.negative}")
    @Max(value = MAX, message = "{workforce.tooLarge}")
    private Integer trainedOfficials;

    public WorkforceForm() {
    }

    public WorkforceForm(Integer leaders, Integer expertLeaders, Integer officials, Integer trainedOfficials) {
        this.leaders = leaders;
        this.expertLeaders = expertLeaders;
        this.officials = officials;
        this.trainedOfficials = trainedOfficials;
    }

    public static WorkforceForm of(WorkforceFigures f) {
        return f == null ? new WorkforceForm()
                : new WorkforceForm(f.leaders(), f.expertLeaders(), f.officials(), f.trainedOfficials());
    }

    /** Only call once the form is valid. */
    public WorkforceFigures toFigures() {
        return new WorkforceFigures(leaders, expertLeaders, officials, trainedOfficials);
    }

    public Integer getLeaders() {
        return leaders;
    }

    public void setLeaders(Integer leaders) {
        this.leaders = leaders;
    }

    public Integer getExpertLeaders() {
        return expertLeaders;
    }

    public void setExpertLeaders(Integer expertLeaders) {
        this.expertLeaders = expertLeaders;
    }

    public Integer getOfficials() {
        return officials;
    }

    public void setOfficials(Integer officials) {
        this.officials = officials;
    }

    public Integer getTrainedOfficials() {
        return trainedOfficials;
    }

    public void setTrainedOfficials(Integer trainedOfficials) {
        this.trainedOfficials = trainedOfficials;
    }
}

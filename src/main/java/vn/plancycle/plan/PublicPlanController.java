package vn.plancycle.plan;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The transparency page ("công khai"): published plans of a year, without login. */
@Controller
public class PublicPlanController {

    private final PlanService plans;

    public PublicPlanController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/public/plans")
    public String published(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null || year < PlanService.MIN_YEAR || year > PlanService.MAX_YEAR
                ? LocalDate.now(PlanService.ZONE).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("plans", plans.published(y));
        return "plan/public";
    }
}

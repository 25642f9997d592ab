package vn.plancycle.scoring;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.plancycle.security.CurrentUserService;

/** {@code GET /api/scores/{year}/{unit}}: the unit's score entries of the year (its members and the ministry). */
@RestController
public class ScoreController {

    private final ScoreService scores;
    private final CurrentUserService currentUser;

    public ScoreController(ScoreService scores, CurrentUserService currentUser) {
        this.scores = scores;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/scores/{year}/{unit}")
    public List<ScoreEntry> entries(@PathVariable int year, @PathVariable String unit) {
        currentUser.requireUnitAccess(unit);
        return scores.entries(unit, year);
    }
}

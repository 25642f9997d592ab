package vn.plancycle.modeling;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.plancycle.modeling.MigrationViews.Check;
import vn.plancycle.modeling.MigrationViews.Overview;
import vn.plancycle.modeling.MigrationViews.Run;
import vn.plancycle.modeling.MigrationViews.Started;
import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;

/**
 * Migration of running instances for process owners and administrators (403 for everyone else):
 * {@code GET /api/process-migrations} lists every process with its latest version, the older versions that still
 * have running instances and the recent migrations; {@code POST .../{sourceDefinitionId}/check} tells per instance
 * whether it can move to the latest version and why not; {@code POST .../{sourceDefinitionId}/migrate} (optional
 * body {@code {"processInstanceIds": [...]}} to move only those) starts a Camunda batch: 201, or 200 with the batch
 * already running for that version.
 */
@RestController
@RequestMapping("/api/process-migrations")
public class MigrationApiController {

    public record MigrateRequest(List<String> processInstanceIds) {
    }

    private final MigrationService migrations;
    private final CurrentUserService currentUser;

    public MigrationApiController(MigrationService migrations, CurrentUserService currentUser) {
        this.migrations = migrations;
        this.currentUser = currentUser;
    }

    @GetMapping
    public Overview overview() {
        MigrationService.requireOwner(currentUser.current());
        return migrations.overview();
    }

    @PostMapping("/{sourceDefinitionId}/check")
    public Check check(@PathVariable String sourceDefinitionId) {
        MigrationService.requireOwner(currentUser.current());
        return migrations.check(sourceDefinitionId);
    }

    @PostMapping("/{sourceDefinitionId}/migrate")
    public ResponseEntity<Run> migrate(@PathVariable String sourceDefinitionId,
            @RequestBody(required = false) MigrateRequest body) {
        CurrentUser user = currentUser.current();
        MigrationService.requireOwner(user);
        Started started = migrations.migrate(sourceDefinitionId, body == null ? null : body.processInstanceIds(), user);
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK).body(started.run());
    }
}

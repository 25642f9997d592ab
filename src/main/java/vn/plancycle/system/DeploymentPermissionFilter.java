package vn.plancycle.system;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import vn.plancycle.security.CurrentUser;
import vn.plancycle.security.CurrentUserService;
import vn.plancycle.web.JsonRefusal;

/**
 * Deploying is the process owners' job: creating a deployment, redeploying one and deleting one on
 * either REST root ({@code /engine-rest}, where Camunda Modeler deploys, and the webapps'
 * {@code /camunda/api/engine}) is refused with a 403 and a message in the user's language for
 * everyone outside {@code process-owners}, and the request never reaches the engine.
 * <p>
 * A filter rather than Camunda authorizations: those already give process owners their DEPLOYMENT
 * permissions and nobody else any ({@link EngineAccess}), but {@code camunda-admin} holds ALL on every
 * resource, and Camunda lets administrators past every authorization check. An administrator
 * manages users, groups and authorizations; putting a model into production stays with the
 * owners, who answer for it. Reading deployments (Cockpit) is untouched.
 */
public class DeploymentPermissionFilter extends OncePerRequestFilter {

    private static final Pattern CREATE_OR_REDEPLOY = Pattern.compile(".*/deployment/(create|[^/]+/redeploy)/?$");
    private static final Pattern ONE_DEPLOYMENT = Pattern.compile(".*/deployment/[^/]+/?$");

    private final CurrentUserService users;
    private final JsonRefusal refusal;

    public DeploymentPermissionFilter(CurrentUserService users, JsonRefusal refusal) {
        this.users = users;
        this.refusal = refusal;
    }

    /** The requests that change what is deployed. */
    static boolean changesDeployments(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return ("POST".equalsIgnoreCase(request.getMethod()) && CREATE_OR_REDEPLOY.matcher(uri).matches())
                || ("DELETE".equalsIgnoreCase(request.getMethod()) && ONE_DEPLOYMENT.matcher(uri).matches());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !changesDeployments(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser user = users.current();
        if (user.isProcessOwner()) {
            chain.doFilter(request, response);
            return;
        }
        refusal.write(request, response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
                "deployment_forbidden", "deployment.forbidden", new Object[] {user.username()}, Map.of());
    }
}

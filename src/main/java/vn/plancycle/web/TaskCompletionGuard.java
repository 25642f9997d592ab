package vn.plancycle.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.plancycle.security.CachedBodyRequest;

/**
 * A check of task completions on Camunda's REST roots ({@code POST …/task/{id}/complete|submit-form}: Tasklist,
 * scripts) made before the engine sees them, so that a refusal is a 400 in the user's language and nothing
 * changes. The task is read as the request's user (the authentication filter ran before): a task that user cannot
 * see is left to the REST API, which answers it with its own 404 or 403.
 */
public abstract class TaskCompletionGuard extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form)/?$");

    protected final TaskService taskService;

    protected TaskCompletionGuard(TaskService taskService) {
        this.taskService = taskService;
    }

    /** Whether this guard has rules for the task. */
    protected abstract boolean guards(Task task);

    /** Writes the refusal and returns true when the completion sent ({@code body}, JSON) breaks the rules. */
    protected abstract boolean refused(Task task, byte[] body, HttpServletRequest request,
            HttpServletResponse response) throws IOException;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equalsIgnoreCase(request.getMethod())
                || !COMPLETION.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = COMPLETION.matcher(request.getRequestURI());
        m.matches();
        Task task = taskService.createTaskQuery().taskId(m.group(1)).singleResult();
        if (task == null || !guards(task)) {
            chain.doFilter(request, response);
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        if (!refused(task, cached.body(), request, response)) {
            chain.doFilter(cached, response);
        }
    }
}

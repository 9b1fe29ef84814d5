package com.salondesk.syncserver.live;

import com.salondesk.syncserver.http.ApiProblem;
import com.salondesk.syncserver.http.DeviceAuthentication;
import com.salondesk.syncserver.http.ProblemAnswers;
import com.salondesk.syncserver.store.Device;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.jetty.ee10.websocket.server.JettyWebSocketServlet;
import org.eclipse.jetty.ee10.websocket.server.JettyWebSocketServletFactory;

/**
 * {@code GET /api/v1/live}: authenticates the upgrade (401 unknown token, 403 revoked, as problem+json) and
 * hands the connection to {@link LiveDesks}. A plain Jetty WebSocket servlet rather than a Javalin handler
 * because it must see the desk's pongs.
 */
public final class LiveServlet extends JettyWebSocketServlet {

    private static final String DEVICE = LiveServlet.class.getName() + ".device";

    private final transient DeviceAuthentication authentication;
    private final transient LiveDesks desks;
    private final transient ProblemAnswers problems;
    private final Duration idleTimeout;

    public LiveServlet(DeviceAuthentication authentication, LiveDesks desks, ProblemAnswers problems, Duration idleTimeout) {
        this.authentication = authentication;
        this.desks = desks;
        this.problems = problems;
        this.idleTimeout = idleTimeout;
    }

    @Override
    protected void configure(JettyWebSocketServletFactory factory) {
        // Jetty's own idle timeout only backs up LiveDesks' silence check, which counts only the desk's frames.
        factory.setIdleTimeout(idleTimeout);
        factory.setCreator((request, response) ->
                desks.open((Device) request.getHttpServletRequest().getAttribute(DEVICE)));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            Device device = authentication.authenticate(request.getHeader("Authorization"));
            request.setAttribute(DEVICE, device);
        } catch (ApiProblem refused) {
            problems.answer(response, refused);
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.answer(response, new ApiProblem(426, "upgrade-required", "WebSocket upgrade required",
                "the live channel is a WebSocket: send 'Connection: Upgrade' and 'Upgrade: websocket'"));
    }
}

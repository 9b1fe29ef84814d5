package com.salondesk.syncserver.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salondesk.persistence.sync.Problem;
import com.salondesk.syncserver.metrics.SyncMetrics;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become {@code application/problem+json} answers. */
public final class ProblemAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAnswers.class);

    private final ObjectMapper json;
    private final SyncMetrics metrics;
    private final long drainLimit;

    /**
     * @param drainLimit how much of an unread request body is read and discarded before answering, so that a
     *                   desk still sending (a refused 401/415/413 push) reliably receives the answer; a larger
     *                   body gets the answer with {@code Connection: close} instead
     */
    public ProblemAnswers(ObjectMapper json, SyncMetrics metrics, long drainLimit) {
        this.json = json;
        this.metrics = metrics;
        this.drainLimit = drainLimit;
    }

    public void register(JavalinConfig config) {
        config.routes.exception(ApiProblem.class, (e, ctx) -> answer(ctx, e));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx,
                new ApiProblem(e.getStatus(), "http-" + e.getStatus(), e.getMessage(), e.getMessage())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure answering {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, new ApiProblem(500, "internal", "Internal server error",
                    "the server failed unexpectedly; it has been logged", java.util.List.of(), e));
        });
        config.routes.error(404, ctx -> answer(ctx, new ApiProblem(404, "not-found", "Not found",
                "no such resource: " + ctx.method() + " " + ctx.path())));
        config.routes.error(405, ctx -> answer(ctx, new ApiProblem(405, "method-not-allowed", "Method not allowed",
                ctx.method() + " is not allowed on " + ctx.path())));
    }

    public void answer(Context ctx, ApiProblem problem) {
        metrics.refused(problem.status());
        if (!drainUnreadBody(ctx.req())) {
            ctx.header("Connection", "close");
        }
        ctx.status(problem.status());
        ctx.contentType(Problem.MEDIA_TYPE);
        ctx.result(serialize(problem.toProblem()));
    }

    /** For servlets outside Javalin (the live endpoint's refused upgrades). */
    public void answer(HttpServletResponse response, ApiProblem problem) throws IOException {
        metrics.refused(problem.status());
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(serialize(problem.toProblem()));
    }

    /** True when the request body has been read to its end (or there was none). */
    private boolean drainUnreadBody(jakarta.servlet.http.HttpServletRequest request) {
        long declared = request.getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (declared <= 0 && !chunked) {
            return true;
        }
        if (declared > drainLimit) {
            return false;
        }
        try (java.io.InputStream in = request.getInputStream()) {
            long skipped = in.skip(drainLimit);
            return skipped < drainLimit || in.read() < 0;
        } catch (IOException | IllegalStateException e) {
            LOG.debug("could not drain the refused request's body", e);
            return false;
        }
    }

    private byte[] serialize(Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return ("{\"type\":\"about:blank\",\"title\":\"Internal server error\",\"status\":500}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}

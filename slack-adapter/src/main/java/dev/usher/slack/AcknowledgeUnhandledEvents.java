package dev.usher.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;

/**
 * Acknowledges an Events API event that no handler took: Bolt answers such an event with 404, which
 * Slack takes as a failure and delivers again, up to three times. Runs after Bolt's own signature
 * check, so only verified requests get this far.
 */
final class AcknowledgeUnhandledEvents implements Middleware {
  private static final int NO_HANDLER = 404;

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    Response response = chain.next(req);
    if (req.getRequestType() == RequestType.Event && response.getStatusCode() == NO_HANDLER) {
      return Response.ok();
    }
    return response;
  }
}

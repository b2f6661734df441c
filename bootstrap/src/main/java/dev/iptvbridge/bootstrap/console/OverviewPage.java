package dev.iptvbridge.bootstrap.console;

import dev.iptvbridge.application.port.in.ReadDriftUseCase;
import dev.iptvbridge.application.port.out.QueueLane;
import dev.iptvbridge.application.port.out.QueueLaneCounts;
import dev.iptvbridge.application.port.out.QueueStats;
import dev.iptvbridge.application.port.out.WorkQueuePort;
import dev.iptvbridge.embedded.internal.metrics.RemoteSystemCheck;
import dev.iptvbridge.embedded.internal.metrics.RemoteSystems;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** {@code GET /console}: the queue, the remote systems, the last comparison and the last hour's events. */
final class OverviewPage implements ConsoleHandler {

    private final WorkQueuePort queue;
    private final RemoteSystems remotes;
    private final ReadDriftUseCase drift;
    private final EventRate events;
    private final Clock clock;

    OverviewPage(WorkQueuePort queue, RemoteSystems remotes, ReadDriftUseCase drift, EventRate events, Clock clock) {
        this.queue = queue;
        this.remotes = remotes;
        this.drift = drift;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void handle(Context ctx, ConsoleSession session) {
        Instant now = clock.instant();
        long[] hour = events.lastHour(now);
        QueueStats stats = queue.stats();
        StringBuilder body = new StringBuilder("<h2>Events</h2><p id=\"events-per-minute\">")
                .append(hour[hour.length - 1]).append(" events this minute, ").append(sum(hour))
                .append(" in the last hour</p>").append(EventRate.svg(hour));
        body.append("<h2>Queue</h2><table id=\"queue-depth\"><tr><th>lane</th><th>queued</th><th>claimed</th>")
                .append("<th>parked</th></tr>");
        for (QueueLane lane : QueueLane.values()) {
            QueueLaneCounts counts = stats.lane(lane);
            body.append("<tr><td>").append(Html.esc(lane.name().toLowerCase())).append("</td><td>").append(counts.queued())
                    .append("</td><td>").append(counts.claimed()).append("</td><td>").append(counts.parked()).append("</td></tr>");
        }
        body.append("</table><p>oldest waiting entry: ").append(stats.oldestQueuedAt()
                .map(at -> Duration.between(at, now).toSeconds() + " s old").orElse("none")).append("</p>")
                .append("<p><a id=\"parked-count\" href=\"/console/queue\">").append(stats.parked())
                .append(" parked</a></p>");
        body.append("<h2>Remote systems</h2><table id=\"remotes\"><tr><th>system</th><th>state</th><th>last failure</th></tr>");
        for (RemoteSystemCheck check : remotes.checks()) {
            body.append("<tr><td>").append(Html.esc(check.system())).append("</td><td>").append(Html.esc(check.state().get()))
                    .append("</td><td>").append(Html.esc(check.lastFailure().get().orElse(""))).append("</td></tr>");
        }
        body.append("</table><h2>Last comparison</h2>").append(drift.lastCompared()
                .map(run -> "<p>" + Html.esc(run.run()) + " finished " + Html.esc(run.finishedAt()) + ": "
                        + Html.esc(run.counts()) + ", " + run.queued() + " queued. <a href=\"/console/drift\">Drift</a></p>")
                .orElse("<p>no comparison yet. <a href=\"/console/drift\">Drift</a></p>"));
        ctx.html(Html.page("Overview", session, body.toString()));
    }

    private static long sum(long[] hour) {
        long total = 0;
        for (long count : hour) {
            total += count;
        }
        return total;
    }
}

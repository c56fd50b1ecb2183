package org.vigil.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A loop whose input is a {@link FeedPoller} and whose output is its {@link FeedPoller.PollReport}s,
 * handed to a {@link Listener}: it polls the feeds that are due, waits until the next one falls due
 * (at least a second, at most a minute, so that feeds added meanwhile are picked up) and polls again,
 * until closed. It runs in the caller's thread ({@code vigil follow}) or in a background thread of its
 * own ({@code vigil serve}); {@link #close()} stops it between two items and waits for it.
 */
public final class FeedFollower implements AutoCloseable {
    /** How long {@link #close()} lets a poll in progress finish its current item before interrupting its fetch. */
    static final Duration GRACE = Duration.ofSeconds(5);

    /** What the loop tells of each round of polls, and of a round that failed as a whole (the loop goes on). */
    public interface Listener {
        void polled(List<FeedPoller.PollReport> reports);

        void failed(RuntimeException problem);
    }

    private final FeedPoller poller;
    private final FeedPoller.Sink sink;
    private final Listener listener;
    private final Clock clock;
    private final Object wakeUp = new Object();
    private volatile boolean stopping;
    private Thread thread;

    public FeedFollower(FeedPoller poller, FeedPoller.Sink sink, Listener listener, Clock clock) {
        this.poller = Objects.requireNonNull(poller, "poller");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Polls the feeds that are due once, in the caller's thread, and returns what each poll did. */
    public List<FeedPoller.PollReport> pollOnce() {
        List<FeedPoller.PollReport> reports = poller.pollDue(sink, () -> stopping);
        listener.polled(reports);
        return reports;
    }

    /** Polls as feeds fall due, in the caller's thread, until {@link #close()} is called (from another thread) or the thread is interrupted. */
    public void run() {
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            long wait = 60_000;
            try {
                pollOnce();
                wait = waitMillis();
            } catch (RuntimeException e) {
                listener.failed(e);
            }
            if (!stopping) pause(wait);
        }
    }

    /** Starts {@link #run()} in a background daemon thread named {@code name}; returns this follower. */
    public synchronized FeedFollower start(String name) {
        if (thread != null) throw new IllegalStateException("Feed follower " + thread.getName() + " is already started");
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Whether the background thread is still running. */
    public synchronized boolean running() {
        return thread != null && thread.isAlive();
    }

    /**
     * Stops the loop: a follower waiting for the next poll stops at once; one polling stops after the
     * item it is storing (its fetch is interrupted after {@link #GRACE}). Waits for the background thread.
     */
    @Override
    public void close() {
        stopping = true;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t == null || t == Thread.currentThread()) return;
        try {
            t.join(GRACE.toMillis());
            if (t.isAlive()) {
                t.interrupt();
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Until the next feed falls due, at least a second and at most a minute. */
    private long waitMillis() {
        long until = poller.nextDue().map(t -> Duration.between(clock.instant(), t).toMillis()).orElse(60_000L);
        return Math.max(1000, Math.min(60_000, until));
    }

    private void pause(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        synchronized (wakeUp) {
            try {
                long left;
                while (!stopping && (left = (end - System.nanoTime()) / 1_000_000) > 0) wakeUp.wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package dev.iptvbridge.application.port.in;

/** Told how far a long operation got, so that a person sees it move. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total, what) -> { };

    /** @param total the expected count, or -1 when unknown */
    void progress(long done, long total, String what);
}

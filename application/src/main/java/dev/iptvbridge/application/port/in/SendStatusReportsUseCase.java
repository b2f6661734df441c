package dev.iptvbridge.application.port.in;

/** Sends the due provisioning status reports of the outbox to PortaBilling. */
public interface SendStatusReportsUseCase {

    /**
     * Claims up to {@code max} due reports as {@code senderId} and sends them; an accepted report
     * leaves the outbox, a failed one is tried again later with a growing, jittered delay.
     *
     * @return how many reports were claimed (0: nothing is due)
     */
    int sendDue(String senderId, int max);
}

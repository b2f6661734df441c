package dev.iptvbridge.application.port.in;

/** Takes an ESPF event: stores it durably and queues its subject, or says why not. */
public interface AcceptEventUseCase {

    /** @throws dev.iptvbridge.application.port.out.TransientFailure when the event could not be stored */
    AcceptEventResult accept(AcceptEventCommand command);
}

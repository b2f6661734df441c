package dev.iptvbridge.application.port.out;

/** The remote side does not know the thing asked about. */
public final class NotFoundFailure extends IntegrationException {

    public NotFoundFailure(String message) {
        super(message, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.notFound(this);
    }
}

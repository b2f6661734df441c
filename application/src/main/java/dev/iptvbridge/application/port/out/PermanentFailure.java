package dev.iptvbridge.application.port.out;

/** A failure that repeating will not cure (bad credentials, a refused request): a person must look. */
public final class PermanentFailure extends IntegrationException {

    public PermanentFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public PermanentFailure(String message) {
        super(message, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.permanent(this);
    }
}

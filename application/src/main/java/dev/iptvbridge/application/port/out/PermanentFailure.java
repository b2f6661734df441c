package dev.iptvbridge.application.port.out;

/** A failure that repeating will not cure (bad credentials, a refused request): a person must look. */
public final class PermanentFailure extends IntegrationException {

    private final boolean unknownPackage;

    public PermanentFailure(String message, Throwable cause) {
        this(message, cause, false);
    }

    public PermanentFailure(String message) {
        this(message, null, false);
    }

    private PermanentFailure(String message, Throwable cause, boolean unknownPackage) {
        super(message, cause);
        this.unknownPackage = unknownPackage;
    }

    /**
     * The platform refused a set of packages (to set, or to create a customer with) because it does not know
     * one of them: a catalog error, which the caller may work around by applying the packages it knows.
     */
    public static PermanentFailure unknownPackage(String message, Throwable cause) {
        return new PermanentFailure(message, cause, true);
    }

    /** Whether this is {@link #unknownPackage}: the platform does not know a package it was given. */
    public boolean isUnknownPackage() {
        return unknownPackage;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.permanent(this);
    }
}

package dev.iptvbridge.embedded;

/** Breaks the public face rule on purpose (a test class, in the face's package): a host would see Guice and an adapter type. */
public final class FaceThatLeaksGuice {

    public com.google.inject.Injector injector() {
        return null;
    }

    public void use(dev.iptvbridge.persistence.Database database) {
    }
}

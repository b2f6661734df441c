package dev.iptvbridge.application.archviolation;

/** Breaks the rules on purpose: the application using Jackson and an adapter. Only for the rule tests. */
public class ApplicationThatUsesAnAdapter {
    com.fasterxml.jackson.databind.ObjectMapper json;
    dev.iptvbridge.persistence.Database database;
}

package dev.iptvbridge.domain.archviolation;

/** Breaks two rules on purpose: the domain using Guice. Only for ArchitectureRulesCatchViolationsTest. */
public class DomainThatUsesGuice {
    com.google.inject.Injector injector;
}

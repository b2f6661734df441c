package dev.iptvbridge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The hexagon's boundaries as rules. Each says in its failure message which boundary was crossed;
 * {@link ArchitectureTest} checks the real classes, {@link ArchitectureRulesCatchViolationsTest}
 * shows each rule failing on a class that breaks it.
 */
final class ArchitectureRules {

    static final String[] ADAPTERS = {"dev.iptvbridge.portabilling..", "dev.iptvbridge.minerva..",
        "dev.iptvbridge.persistence.."};

    private ArchitectureRules() {
    }

    static final ArchRule DOMAIN_IS_PURE_JAVA = classes().that().resideInAPackage("dev.iptvbridge.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.iptvbridge.domain..", "java..")
            .because("the domain is pure Java: it may use only java.* and itself (boundary: domain)");

    static final ArchRule APPLICATION_KNOWS_ONLY_DOMAIN = classes().that().resideInAPackage("dev.iptvbridge.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.iptvbridge.application..",
                    "dev.iptvbridge.domain..", "java..", "jakarta.inject..")
            .because("the application may use only the domain, java.* and jakarta.inject (boundary: application)");

    static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices().matching("dev.iptvbridge.(portabilling|minerva|persistence)..")
            .should().notDependOnEachOther()
            .because("an adapter must not use another adapter: they meet only through the application's ports "
                    + "(boundary: adapters)");

    static final ArchRule ADAPTERS_DO_NOT_USE_BOOTSTRAP = noClasses().that().resideInAnyPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage("dev.iptvbridge.bootstrap..", "dev.iptvbridge.embedded..",
                    "dev.iptvbridge.sandbox..")
            .because("adapters must not use the composition root, the embedded module or the simulators "
                    + "(boundary: adapters -> bootstrap)");

    static final ArchRule CORE_DOES_NOT_USE_ADAPTERS = noClasses().that()
            .resideInAnyPackage("dev.iptvbridge.domain..", "dev.iptvbridge.application..")
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .because("the core must not know its adapters: dependencies point inwards (boundary: hexagon)");

    static final ArchRule GUICE_ONLY_IN_BOOTSTRAP = noClasses().that().resideOutsideOfPackages("dev.iptvbridge.bootstrap..",
                    "dev.iptvbridge.embedded.internal.wiring..", "dev.iptvbridge.embedded.guice..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..")
            .because("Guice belongs to the composition roots only (the daemon's, the embedded wiring and the module "
                    + "for Guice hosts), so that it can be replaced (boundary: Guice)");

    static final ArchRule FEIGN_ONLY_IN_HTTP_ADAPTERS = noClasses().that()
            .resideOutsideOfPackages("dev.iptvbridge.portabilling..", "dev.iptvbridge.minerva..")
            .should().dependOnClassesThat().resideInAnyPackage("feign..")
            .because("Feign belongs to the two HTTP adapters only (boundary: Feign)");

    static final ArchRule JDBI_AND_FLYWAY_ONLY_IN_PERSISTENCE = noClasses().that()
            .resideOutsideOfPackage("dev.iptvbridge.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..")
            .because("Jdbi and Flyway belong to adapter-persistence only: nothing else knows the schema "
                    + "(boundary: persistence)");

    static final ArchRule SANDBOX_IS_THE_OTHER_SIDE = noClasses().that().resideInAPackage("dev.iptvbridge.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.iptvbridge.domain..", "dev.iptvbridge.application..",
                    "dev.iptvbridge.portabilling..", "dev.iptvbridge.minerva..", "dev.iptvbridge.persistence..",
                    "dev.iptvbridge.bootstrap..", "dev.iptvbridge.embedded..")
            .because("the simulators are the other side of the wire and share no code with the bridge (boundary: sandbox)");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.iptvbridge.(**)").should().beFreeOfCycles()
            .because("packages must not depend on each other in a circle (boundary: package cycles)");
}

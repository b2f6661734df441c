package dev.iptvbridge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The embedded face and the rooms: the public face for hosts exposes nothing internal, the embedded
 * module carries nothing of the daemon, and the inbound adapters (the HTTP server, the command line,
 * the worker scheduler) are rooms of their own that the composition root only wires.
 */
final class RoomRules {

    static final String FACE = "dev.iptvbridge.embedded";
    static final String HTTP_ROOM = "dev.iptvbridge.bootstrap.http..";
    static final String CONSOLE_ROOM = "dev.iptvbridge.bootstrap.console..";
    static final String CLI_ROOM = "dev.iptvbridge.bootstrap.cli..";
    static final String WORKER_ROOM = "dev.iptvbridge.embedded.internal.worker..";
    static final String ESPF_INTAKE = "dev.iptvbridge.embedded.internal.espf..";

    private RoomRules() {
    }

    static final ArchRule PUBLIC_FACE_EXPOSES_NO_INTERNALS = classes().that().resideInAnyPackage(FACE,
                    "dev.iptvbridge.embedded.config").and().arePublic()
            .should(ExposedTypes.exposeNoTypeFrom("dev.iptvbridge.portabilling..", "dev.iptvbridge.minerva..",
                    "dev.iptvbridge.persistence..", "dev.iptvbridge.application..", "dev.iptvbridge.embedded.internal..",
                    "com.google.inject..", "org.jdbi..", "org.flywaydb..", "feign..", "io.javalin..", "picocli.."))
            .because("a host sees only the face's own records, its configuration and java.*: no adapter, "
                    + "application, internal, Guice, Jdbi, Feign or Javalin type (boundary: public face)");

    static final ArchRule EMBEDDED_CARRIES_NOTHING_OF_THE_DAEMON = noClasses().that()
            .resideInAPackage("dev.iptvbridge.embedded..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.iptvbridge.bootstrap..", "io.javalin..",
                    "picocli..", "io.micrometer.prometheusmetrics..", "dev.iptvbridge.sandbox..")
            .because("the embedded module is what a host puts on its class path: no HTTP server, no command line, "
                    + "no Prometheus registry, no simulator (boundary: embedded)");

    static final ArchRule INTERNALS_DO_NOT_USE_THE_FACE = noClasses().that()
            .resideInAPackage("dev.iptvbridge.embedded.internal..")
            .should().dependOnClassesThat().resideInAnyPackage(FACE, "dev.iptvbridge.embedded.guice..")
            .because("the face sits on top of the internals, never the other way (boundary: face on top)");

    static final ArchRule JAVALIN_ONLY_IN_THE_HTTP_ROOM = noClasses().that()
            .resideOutsideOfPackages(HTTP_ROOM, CONSOLE_ROOM, "dev.iptvbridge.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..")
            .because("Javalin belongs to the daemon's HTTP server, its console (and the simulators) only "
                    + "(boundary: HTTP room)");

    static final ArchRule PICOCLI_ONLY_IN_THE_CLI_ROOM = noClasses().that()
            .resideOutsideOfPackages(CLI_ROOM, "dev.iptvbridge.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..")
            .because("picocli belongs to the command line (and the simulators' commands) only (boundary: CLI room)");

    static final ArchRule HTTP_AND_CLI_ARE_SEPARATE_ROOMS = slices().matching("dev.iptvbridge.bootstrap.(cli|http)..")
            .should().notDependOnEachOther()
            .because("the HTTP server and the command line are rooms of their own: they share code only through "
                    + "the use cases and the embedded module (boundary: rooms)");

    static final ArchRule WORKERS_KNOW_NO_INBOUND_ADAPTER = noClasses().that().resideInAPackage(WORKER_ROOM)
            .should().dependOnClassesThat().resideInAnyPackage(HTTP_ROOM, CLI_ROOM, ESPF_INTAKE,
                    "dev.iptvbridge.embedded.internal.runtime..")
            .because("the worker scheduler drives use cases only; it knows no other room (boundary: worker room)");

    static final ArchRule ROOMS_DO_NOT_WIRE = noClasses().that().resideInAnyPackage(HTTP_ROOM, CLI_ROOM, WORKER_ROOM,
                    ESPF_INTAKE)
            .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "..wiring..")
            .because("the rooms get their parts injected; only the composition root wires (boundary: wiring)");
}

package dev.iptvbridge.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of the hexagon, checked on every module's production classes. */
@AnalyzeClasses(packages = "dev.iptvbridge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_pure_java = ArchitectureRules.DOMAIN_IS_PURE_JAVA;

    @ArchTest
    static final ArchRule application_knows_only_domain_and_inject = ArchitectureRules.APPLICATION_KNOWS_ONLY_DOMAIN;

    @ArchTest
    static final ArchRule adapters_are_independent = ArchitectureRules.ADAPTERS_ARE_INDEPENDENT;

    @ArchTest
    static final ArchRule adapters_do_not_use_bootstrap = ArchitectureRules.ADAPTERS_DO_NOT_USE_BOOTSTRAP;

    @ArchTest
    static final ArchRule core_does_not_use_adapters = ArchitectureRules.CORE_DOES_NOT_USE_ADAPTERS;

    @ArchTest
    static final ArchRule guice_only_in_bootstrap = ArchitectureRules.GUICE_ONLY_IN_BOOTSTRAP;

    @ArchTest
    static final ArchRule feign_only_in_http_adapters = ArchitectureRules.FEIGN_ONLY_IN_HTTP_ADAPTERS;

    @ArchTest
    static final ArchRule jdbi_and_flyway_only_in_persistence = ArchitectureRules.JDBI_AND_FLYWAY_ONLY_IN_PERSISTENCE;

    @ArchTest
    static final ArchRule sandbox_is_the_other_side = ArchitectureRules.SANDBOX_IS_THE_OTHER_SIDE;

    @ArchTest
    static final ArchRule no_package_cycles = ArchitectureRules.NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule public_face_exposes_no_internals = RoomRules.PUBLIC_FACE_EXPOSES_NO_INTERNALS;

    @ArchTest
    static final ArchRule embedded_carries_nothing_of_the_daemon = RoomRules.EMBEDDED_CARRIES_NOTHING_OF_THE_DAEMON;

    @ArchTest
    static final ArchRule internals_do_not_use_the_face = RoomRules.INTERNALS_DO_NOT_USE_THE_FACE;

    @ArchTest
    static final ArchRule javalin_only_in_the_http_room = RoomRules.JAVALIN_ONLY_IN_THE_HTTP_ROOM;

    @ArchTest
    static final ArchRule picocli_only_in_the_cli_room = RoomRules.PICOCLI_ONLY_IN_THE_CLI_ROOM;

    @ArchTest
    static final ArchRule http_and_cli_are_separate_rooms = RoomRules.HTTP_AND_CLI_ARE_SEPARATE_ROOMS;

    @ArchTest
    static final ArchRule workers_know_no_inbound_adapter = RoomRules.WORKERS_KNOW_NO_INBOUND_ADAPTER;

    @ArchTest
    static final ArchRule rooms_do_not_wire = RoomRules.ROOMS_DO_NOT_WIRE;
}

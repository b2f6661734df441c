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
}

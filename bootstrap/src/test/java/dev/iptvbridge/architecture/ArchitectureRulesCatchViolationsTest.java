package dev.iptvbridge.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.iptvbridge.application.archviolation.ApplicationThatUsesAnAdapter;
import dev.iptvbridge.architecture.cycle.a.CycleStart;
import dev.iptvbridge.architecture.cycle.b.CycleEnd;
import dev.iptvbridge.bootstrap.cli.archviolation.CommandThatUsesTheHttpServer;
import dev.iptvbridge.bootstrap.http.WebhookHandler;
import dev.iptvbridge.bootstrap.http.archviolation.EndpointThatUsesPicocli;
import dev.iptvbridge.domain.archviolation.DomainThatUsesGuice;
import dev.iptvbridge.embedded.archviolation.EmbeddedThatUsesJavalin;
import dev.iptvbridge.embedded.FaceThatLeaksGuice;
import dev.iptvbridge.embedded.internal.worker.archviolation.WorkerThatCallsTheFace;
import dev.iptvbridge.minerva.archviolation.MinervaThatUsesOtherAdapters;
import dev.iptvbridge.persistence.archviolation.PersistenceThatUsesFeign;
import dev.iptvbridge.sandbox.archviolation.SimulatorThatUsesTheDomain;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule fails on a class made to break it, and its message names the boundary. */
class ArchitectureRulesCatchViolationsTest {

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("domain", ArchitectureRules.DOMAIN_IS_PURE_JAVA, DomainThatUsesGuice.class),
                Arguments.of("application", ArchitectureRules.APPLICATION_KNOWS_ONLY_DOMAIN, ApplicationThatUsesAnAdapter.class),
                Arguments.of("hexagon", ArchitectureRules.CORE_DOES_NOT_USE_ADAPTERS, ApplicationThatUsesAnAdapter.class),
                Arguments.of("adapters", ArchitectureRules.ADAPTERS_ARE_INDEPENDENT, MinervaThatUsesOtherAdapters.class),
                Arguments.of("adapters -> bootstrap", ArchitectureRules.ADAPTERS_DO_NOT_USE_BOOTSTRAP,
                        MinervaThatUsesOtherAdapters.class),
                Arguments.of("Guice", ArchitectureRules.GUICE_ONLY_IN_BOOTSTRAP, DomainThatUsesGuice.class),
                Arguments.of("Feign", ArchitectureRules.FEIGN_ONLY_IN_HTTP_ADAPTERS, PersistenceThatUsesFeign.class),
                Arguments.of("persistence", ArchitectureRules.JDBI_AND_FLYWAY_ONLY_IN_PERSISTENCE,
                        MinervaThatUsesOtherAdapters.class),
                Arguments.of("sandbox", ArchitectureRules.SANDBOX_IS_THE_OTHER_SIDE, SimulatorThatUsesTheDomain.class),
                Arguments.of("package cycles", ArchitectureRules.NO_PACKAGE_CYCLES, CycleStart.class),
                Arguments.of("public face", RoomRules.PUBLIC_FACE_EXPOSES_NO_INTERNALS, FaceThatLeaksGuice.class),
                Arguments.of("embedded", RoomRules.EMBEDDED_CARRIES_NOTHING_OF_THE_DAEMON, EmbeddedThatUsesJavalin.class),
                Arguments.of("face on top", RoomRules.INTERNALS_DO_NOT_USE_THE_FACE, WorkerThatCallsTheFace.class),
                Arguments.of("HTTP room", RoomRules.JAVALIN_ONLY_IN_THE_HTTP_ROOM, EmbeddedThatUsesJavalin.class),
                Arguments.of("CLI room", RoomRules.PICOCLI_ONLY_IN_THE_CLI_ROOM, EndpointThatUsesPicocli.class),
                Arguments.of("rooms", RoomRules.HTTP_AND_CLI_ARE_SEPARATE_ROOMS, CommandThatUsesTheHttpServer.class),
                Arguments.of("worker room", RoomRules.WORKERS_KNOW_NO_INBOUND_ADAPTER, WorkerThatCallsTheFace.class),
                Arguments.of("wiring", RoomRules.ROOMS_DO_NOT_WIRE, CommandThatUsesTheHttpServer.class));
    }

    @ParameterizedTest(name = "the {0} rule fails on a class that crosses it")
    @MethodSource("violations")
    void rule_fails_and_names_the_boundary(String boundary, ArchRule rule, Class<?> offender) {
        // The offender and what it may point at: slice rules only see dependencies between imported classes.
        JavaClasses classes = new ClassFileImporter().importClasses(offender, CycleEnd.class,
                dev.iptvbridge.persistence.Database.class, WebhookHandler.class);

        EvaluationResult result = rule.evaluate(classes);

        assertThat(result.hasViolation()).as("rule should fail on %s", offender.getSimpleName()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("(boundary: " + boundary + ")");
    }
}

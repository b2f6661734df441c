package dev.iptvbridge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.iptvbridge.architecture.fallback.StepNameWithAFallback;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Production code dispatches on our sealed interfaces (plan steps, desired states, results) through
 * their visitors, never through an {@code instanceof} chain: such a chain lets a new variant fall
 * into another's branch ("anything else is a delete") where a visitor fails to compile.
 */
class SealedDispatchTest {

    static final ArchRule NO_INSTANCEOF_OVER_SEALED_INTERFACES = classes().that().resideInAPackage("dev.iptvbridge..")
            .should(new ArchCondition<JavaClass>("not test for a variant of a sealed interface with instanceof") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    for (JavaCodeUnit unit : item.getCodeUnits()) {
                        for (InstanceofCheck check : unit.getInstanceofChecks()) {
                            if (isSealedAlternative(check.getRawType())) {
                                events.add(SimpleConditionEvent.violated(check, unit.getFullName() + " tests instanceof "
                                        + check.getRawType().getName() + " in " + check.getSourceCodeLocation()
                                        + ": dispatch through the sealed type's Visitor instead"));
                            }
                        }
                    }
                }
            })
            .because("a new variant must fail to compile, not fall into another's branch (boundary: sealed dispatch)");

    private static boolean isSealedAlternative(JavaClass type) {
        if (!type.getPackageName().startsWith("dev.iptvbridge")) {
            return false;
        }
        Class<?> reflected = type.reflect();
        return reflected.isInterface() && reflected.isSealed()
                || Arrays.stream(reflected.getInterfaces()).anyMatch(Class::isSealed);
    }

    @Test
    void production_code_never_tests_for_a_variant_of_a_sealed_interface() {
        NO_INSTANCEOF_OVER_SEALED_INTERFACES.check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.iptvbridge"));
    }

    @Test
    void the_rule_fails_on_an_instanceof_chain_with_a_fallback() {
        EvaluationResult result = NO_INSTANCEOF_OVER_SEALED_INTERFACES.evaluate(
                new ClassFileImporter().importClasses(StepNameWithAFallback.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("PlanStep$Create", "(boundary: sealed dispatch)");
    }
}

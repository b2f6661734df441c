package dev.iptvbridge.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules are only worth something if they see every module: check that they do. */
class ArchitectureSeesEveryModuleTest {

    @Test
    void the_rules_see_the_classes_of_every_module() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.iptvbridge");

        Set<String> modules = classes.stream().map(JavaClass::getPackageName)
                .map(name -> name.split("\\.")[2]).collect(Collectors.toSet());

        assertThat(modules).contains("domain", "application", "portabilling", "minerva", "persistence", "sandbox",
                "embedded", "bootstrap");
    }
}

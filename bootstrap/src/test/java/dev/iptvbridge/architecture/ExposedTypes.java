package dev.iptvbridge.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A class "exposes" a type when a host could see it: its supertypes, and the types in the signatures
 * of its public and protected fields, constructors and methods, type arguments included. What a
 * class uses inside its bodies is not exposed.
 */
final class ExposedTypes {

    private ExposedTypes() {
    }

    static ArchCondition<JavaClass> exposeNoTypeFrom(String... packages) {
        DescribedPredicate<JavaClass> banned = JavaClass.Predicates.resideInAnyPackage(packages);
        return new ArchCondition<>("expose no type from " + String.join(", ", packages)) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (String where : exposures(item, banned)) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " exposes " + where));
                }
            }
        };
    }

    private static List<String> exposures(JavaClass type, DescribedPredicate<JavaClass> banned) {
        List<String> found = new ArrayList<>();
        type.getRawSuperclass().filter(banned).ifPresent(parent -> found.add(parent.getName() + " as its superclass"));
        type.getRawInterfaces().stream().filter(banned).forEach(face -> found.add(face.getName() + " as an interface"));
        for (JavaField field : type.getFields()) {
            if (visible(field.getModifiers())) {
                involved(field.getType(), banned).forEach(raw -> found.add(raw + " in field " + field.getName()));
            }
        }
        for (JavaCodeUnit unit : type.getCodeUnits()) {
            if (!visible(unit.getModifiers())) {
                continue;
            }
            List<JavaType> signature = new ArrayList<>(unit.getParameterTypes());
            signature.add(unit.getReturnType());
            signature.addAll(unit.getThrowsClause().getTypes());
            signature.forEach(part -> involved(part, banned).forEach(raw -> found.add(raw + " in "
                    + unit.getFullName())));
        }
        return found;
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static List<String> involved(JavaType type, DescribedPredicate<JavaClass> banned) {
        return type.getAllInvolvedRawTypes().stream().filter(banned).map(JavaClass::getName).toList();
    }
}

package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * In a cluster (issue 19) a session moves between nodes through the data grid, so every session- and view-scoped bean
 * and everything it holds must serialise: each field that is neither static, transient nor injected (CDI and EJB
 * proxies serialise themselves) has a serialisable type, down through the portal's own types (records, entities,
 * forms) and the element types of collections.
 */
class SessionStateSerializableTest {

    @Test
    void session_and_view_scoped_beans_hold_only_serialisable_state() {
        List<Class<?>> beans = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("kr.minwon.portal")
                        .stream()
                        .filter(c -> c.isAnnotatedWith(ViewScoped.class)
                                || c.isAnnotatedWith(SessionScoped.class)
                                || c.isAnnotatedWith(ConversationScoped.class))
                        .map(JavaClass::reflect)
                        .toList();
        assertThat(beans).as("session- and view-scoped beans found").hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), problems, seen);
        }
        assertThat(problems).as("state that cannot move between nodes").isEmpty();
    }

    private static void checkFields(Class<?> owner, String path, List<String> problems, Set<Type> seen) {
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m)
                        || Modifier.isTransient(m)
                        || f.isSynthetic()
                        || f.isAnnotationPresent(Inject.class)
                        || f.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                checkType(f.getGenericType(), path + "." + f.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, problems, seen);
            for (Type arg : p.getActualTypeArguments()) {
                checkType(arg, path + "<>", problems, seen);
            }
            return;
        }
        if (type instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), path + "[]", problems, seen);
            return;
        }
        if (type instanceof WildcardType w) {
            for (Type upper : w.getUpperBounds()) {
                checkType(upper, path, problems, seen);
            }
            return;
        }
        if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                checkType(bound, path, problems, seen);
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c.isPrimitive() || c == Object.class) {
            return;
        }
        if (c.isArray()) {
            checkType(c.getComponentType(), path + "[]", problems, seen);
            return;
        }
        // Collection interfaces: the portal's instances are the JDK's serialisable ones; their elements are checked.
        if (c == List.class || c == Set.class || c == Map.class || c == Collection.class || c == Optional.class) {
            if (c == Optional.class) {
                problems.add(path + ": Optional is not Serializable");
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (c.getName().startsWith("kr.minwon.portal.") && !c.isEnum()) {
            checkFields(c, path, problems, seen);
        }
    }
}

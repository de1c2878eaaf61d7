package kr.minwon.portal.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * EL method calls answered from a per-class lookup: exactly what the EL's BeanELResolver would call, and nothing it
 * would resolve differently (overloads, varargs, typed calls, statics, non-public classes stay the EL's).
 */
class MethodCallsTest {

    public record Row(String receiptNo, LocalDate deadline) {
        public String label(int days) {
            return receiptNo + "+" + days;
        }

        public String label(int days, String suffix) {
            return label(days) + suffix;
        }

        public String over(String s) {
            return "string";
        }

        public String over(Integer i) {
            return "integer";
        }

        public String joined(String... parts) {
            return String.join(",", parts);
        }

        public String fails() {
            throw new IllegalStateException("broken row");
        }

        public static String of(String s) {
            return s;
        }
    }

    record Hidden(String value) {}

    private final MethodCalls calls = new MethodCalls();
    private final Context context = new Context();
    private final Row row = new Row("2026-0001", LocalDate.of(2026, 12, 7));

    @Test
    void an_accessor_is_called_and_the_call_marked_resolved() {
        assertThat(calls.invoke(context, row, "receiptNo", null, new Object[0])).isEqualTo("2026-0001");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void arguments_are_coerced_by_the_context_to_the_parameter_type() {
        assertThat(calls.invoke(context, row, "label", null, new Object[] {3L})).isEqualTo("2026-0001+3");
        assertThat(context.coerced).containsExactly(int.class);
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void the_lookup_is_made_once_per_class_name_and_arity() {
        assertThat(MethodCalls.method(Row.class, "label", 1)).isSameAs(MethodCalls.method(Row.class, "label", 1));
        assertThat(MethodCalls.method(Row.class, "label", 3)).isNull();
    }

    @Test
    void methods_of_one_name_are_told_apart_by_their_number_of_arguments_as_the_el_does() {
        assertThat(calls.invoke(context, row, "label", null, new Object[] {2, "d"}))
                .isEqualTo("2026-0001+2d");
        assertThat(calls.invoke(context, row, "label", null, new Object[] {2})).isEqualTo("2026-0001+2");
    }

    @Test
    void what_the_el_decides_differently_is_left_to_it() {
        Object[][] cases = {
            {row, "over", null, new Object[] {"x"}}, // overloaded: the EL picks by argument
            {row, "joined", null, new Object[] {"a", "b"}}, // varargs
            {row, "receiptNo", new Class<?>[0], new Object[0]}, // a method expression with its types
            {row, "of", null, new Object[] {"x"}}, // static
            {new Hidden("x"), "value", null, new Object[0]}, // a class outside its package's reach
            {new ELClass(Row.class), "of", null, new Object[] {"x"}}, // a static call on a class
            {row, "nothing", null, new Object[0]}, // no such method
            {null, "receiptNo", null, new Object[0]},
        };
        for (Object[] c : cases) {
            Context fresh = new Context();
            assertThat(calls.invoke(fresh, c[0], c[1], (Class<?>[]) c[2], (Object[]) c[3]))
                    .as("%s.%s", c[0], c[1])
                    .isNull();
            assertThat(fresh.isPropertyResolved()).as("%s.%s", c[0], c[1]).isFalse();
        }
    }

    @Test
    void a_failing_method_surfaces_as_the_el_would_with_its_cause() {
        assertThatThrownBy(() -> calls.invoke(context, row, "fails", null, new Object[0]))
                .isInstanceOf(ELException.class)
                .hasCauseInstanceOf(IllegalStateException.class)
                .cause()
                .hasMessage("broken row");
    }

    @Test
    void a_jdk_class_the_module_system_keeps_closed_is_left_to_the_el() {
        List<String> list = List.of("a"); // an ImmutableCollections class: not public
        assertThat(calls.invoke(context, list, "size", null, new Object[0])).isNull();
        assertThat(calls.invoke(context, new ArrayList<>(list), "size", null, new Object[0]))
                .isEqualTo(1);
    }

    /** An EL context whose coercion is the test's: numbers to int, everything else as it is. */
    private static final class Context extends ELContext {
        final List<Class<?>> coerced = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> T convertToType(Object obj, Class<T> type) {
            coerced.add(type);
            if ((type == int.class || type == Integer.class) && obj instanceof Number n) {
                return (T) Integer.valueOf(n.intValue());
            }
            return (T) obj;
        }

        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}

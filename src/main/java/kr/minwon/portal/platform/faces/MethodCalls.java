package kr.minwon.portal.platform.faces;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Method calls in EL ({@code #{row.receiptNo()}}, {@code #{petitionLabels.time(row.deadline())}}) with the method
 * looked up once per class, name and number of arguments (issue 16).
 *
 * <p>The EL implementation's {@code BeanELResolver} looks the method up on every call: {@code Class.getMethods()},
 * which copies every public method of the class (a CDI client proxy has many), then a search among them. On a list of
 * 20 rows with a handful of calls per row that was about 5 % of the page's CPU. This resolver, registered in
 * faces-config.xml ahead of the EL's own, answers only the calls it can answer exactly as {@code BeanELResolver}
 * would: the base's class has one public, non-varargs method of that name and that many parameters, declared by a
 * public class, and the call was written with arguments in the expression (no parameter types given). Everything
 * else — overloads, varargs, lambdas, static calls on a class, methods of non-public classes — it leaves to the next
 * resolver. Arguments are coerced with {@link ELContext#convertToType} as the EL does.
 */
public class MethodCalls extends ELResolver {

    /** Per class: per method name, the method to call by number of arguments (a {@code null} slot: the EL's). */
    private static final ClassValue<Map<String, Method[]>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Method[]> computeValue(Class<?> type) {
            return byNameAndArity(type);
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null || base instanceof ELClass) {
            return null;
        }
        Object[] args = params == null ? new Object[0] : params;
        for (Object arg : args) {
            if (arg instanceof LambdaExpression) {
                return null;
            }
        }
        Method m = method(base.getClass(), method.toString(), args.length);
        if (m == null) {
            return null;
        }
        Class<?>[] types = m.getParameterTypes();
        Object[] coerced = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            coerced[i] = context.convertToType(args[i], types[i]);
        }
        Object result;
        try {
            result = m.invoke(base, coerced);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            // a public class of a package its module does not open (the JDK's): the EL finds the method elsewhere
            return null;
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    /** The one method {@link #invoke} would call, or {@code null} when it leaves the call to the EL. */
    static Method method(Class<?> type, String name, int arity) {
        Method[] byArity = METHODS.get(type).get(name);
        return byArity == null || arity >= byArity.length ? null : byArity[arity];
    }

    private static Map<String, Method[]> byNameAndArity(Class<?> type) {
        Map<String, List<Method>> byName = new HashMap<>();
        for (Method m : type.getMethods()) {
            if (!m.isBridge()) {
                byName.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Method[]> result = new HashMap<>();
        byName.forEach((name, methods) -> {
            int longest =
                    methods.stream().mapToInt(Method::getParameterCount).max().orElse(0);
            Method[] byArity = new Method[longest + 1];
            for (int arity = 0; arity <= longest; arity++) {
                byArity[arity] = theOne(methods, arity);
            }
            result.put(name, byArity);
        });
        return Map.copyOf(result);
    }

    /** The one public instance method of that many parameters, not varargs, declared by a public class; or null. */
    private static Method theOne(List<Method> sameName, int arity) {
        Method found = null;
        for (Method m : sameName) {
            if (m.isVarArgs()) {
                return null; // the EL may match a varargs method for any number of arguments
            }
            if (m.getParameterCount() == arity) {
                if (found != null) {
                    return null;
                }
                found = m;
            }
        }
        if (found == null
                || Modifier.isStatic(found.getModifiers())
                || !Modifier.isPublic(found.getDeclaringClass().getModifiers())) {
            return null;
        }
        return found;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are not this resolver's
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}

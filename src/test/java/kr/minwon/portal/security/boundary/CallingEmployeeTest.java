package kr.minwon.portal.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import kr.minwon.portal.security.entity.Account;
import kr.minwon.portal.staff.entity.Employee;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 16: the caller's employee is read by name once per transaction, and only ever handed to that caller. */
class CallingEmployeeTest {

    final Map<String, Account> accounts = new HashMap<>();
    final Map<Long, Employee> employees = new HashMap<>();
    final AtomicInteger byName = new AtomicInteger();
    final AtomicInteger byId = new AtomicInteger();
    final AtomicReference<String> caller = new AtomicReference<>();
    Map<Object, Object> transaction = new HashMap<>();
    Accounts facade;

    @BeforeEach
    void setUp() throws Exception {
        person("kim", "900001", 1L);
        person("lee", "900002", 2L);
        facade = new Accounts();
        facade.em = proxy(EntityManager.class, (method, args) -> switch (method) {
            case "createQuery" -> query((String) args[0]);
            case "find" -> {
                byId.incrementAndGet();
                yield employees.get((Long) args[1]);
            }
            default -> throw new UnsupportedOperationException(method);
        });
        facade.session = proxy(SessionContext.class, (method, args) -> {
            if (method.equals("getCallerPrincipal")) {
                return (Principal) caller::get;
            }
            throw new UnsupportedOperationException(method);
        });
        facade.transaction = proxy(TransactionSynchronizationRegistry.class, (method, args) -> switch (method) {
            case "getResource" -> transaction.get(args[0]);
            case "putResource" -> transaction.put(args[0], args[1]);
            default -> throw new UnsupportedOperationException(method);
        });
    }

    @Test
    void within_a_transaction_the_caller_is_read_by_name_once_then_by_id_from_the_persistence_context() {
        caller.set("kim");
        assertThat(facade.callingEmployee()).map(Employee::getEmployeeNo).hasValue("900001");
        assertThat(facade.callingEmployee()).map(Employee::getEmployeeNo).hasValue("900001");
        assertThat(facade.callingEmployee()).map(Employee::getEmployeeNo).hasValue("900001");
        assertThat(byName).hasValue(1);
        assertThat(byId).hasValue(2);
    }

    @Test
    void another_caller_or_another_transaction_reads_again_and_gets_his_own() {
        caller.set("kim");
        assertThat(facade.callingEmployee()).map(Employee::getEmployeeNo).hasValue("900001");
        // A nested call run as someone else in the same transaction: never kim's employee.
        caller.set("lee");
        assertThat(facade.callingEmployee()).map(Employee::getEmployeeNo).hasValue("900002");
        assertThat(byName).hasValue(2);
        // The next transaction keeps nothing of the last.
        transaction = new HashMap<>();
        assertThat(facade.callingEmployee()).map(Employee::getEmployeeNo).hasValue("900002");
        assertThat(byName).hasValue(3);
    }

    @Test
    void a_caller_without_an_employee_stays_without_one_and_is_not_read_again() {
        caller.set("api-key:reports");
        assertThat(facade.callingEmployee()).isEmpty();
        assertThat(facade.callingEmployee()).isEmpty();
        assertThat(byName).hasValue(1);
        assertThat(byId).hasValue(0);
    }

    private void person(String username, String no, long id) throws Exception {
        Employee e = new Employee(no, username, null);
        Field f = Employee.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(e, id);
        employees.put(id, e);
        accounts.put(username, new Account(username, e, "hash", false, LocalDateTime.of(2027, 1, 4, 9, 0)));
    }

    private TypedQuery<?> query(String jpql) {
        assertThat(jpql).isEqualTo("SELECT a FROM Account a WHERE a.username = :u");
        AtomicReference<String> name = new AtomicReference<>();
        return proxy(TypedQuery.class, (method, args) -> switch (method) {
            case "setParameter" -> {
                name.set((String) args[1]);
                yield null;
            }
            case "getResultStream" -> {
                byName.incrementAndGet();
                Account a = accounts.get(name.get());
                yield a == null ? List.of().stream() : List.of(a).stream();
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        Object[] self = new Object[1];
        self[0] =
                Proxy.newProxyInstance(CallingEmployeeTest.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
                    Object result = answer.answer(m.getName(), a);
                    // Fluent setters answer the query itself.
                    return result == null && m.getReturnType().isInstance(p) ? p : result;
                });
        return (T) self[0];
    }
}

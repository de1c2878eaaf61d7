package kr.minwon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RequestMemoTest {

    @Test
    void an_answer_is_computed_once_per_key_and_a_null_answer_is_remembered_too() {
        RequestMemo memo = new RequestMemo();
        AtomicInteger calls = new AtomicInteger();
        assertThat(memo.get(List.of("myUnits", "kim"), () -> "units of kim #" + calls.incrementAndGet()))
                .isEqualTo("units of kim #1");
        assertThat(memo.get(List.of("myUnits", "kim"), () -> "units of kim #" + calls.incrementAndGet()))
                .isEqualTo("units of kim #1");
        // Another caller's key is another answer: nobody is handed what was read for someone else.
        assertThat(memo.get(List.of("myUnits", "lee"), () -> "units of lee #" + calls.incrementAndGet()))
                .isEqualTo("units of lee #2");
        Supplier<String> none = () -> {
            calls.incrementAndGet();
            return null;
        };
        assertThat(memo.get(List.of("none"), none)).isNull();
        assertThat(memo.<Object>get(List.of("none"), () -> "computed again")).isNull();
        assertThat(calls).hasValue(3);
    }

    @Test
    void without_an_active_request_every_call_computes() {
        @SuppressWarnings("unchecked")
        Instance<RequestMemo> inactive = (Instance<RequestMemo>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Instance.class}, (proxy, method, args) -> {
                    if (method.getName().equals("get")) {
                        throw new ContextNotActiveException("no request");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        AtomicInteger calls = new AtomicInteger();
        RequestMemo.in(inactive, List.of("k"), calls::incrementAndGet);
        RequestMemo.in(inactive, List.of("k"), calls::incrementAndGet);
        assertThat(calls).hasValue(2);
    }
}

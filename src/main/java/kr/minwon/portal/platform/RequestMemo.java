package kr.minwon.portal.platform;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers computed once per request: what several facade calls of one page would otherwise each read again (the
 * units the caller leads were read four times by the team's petition list, issue 16). Keys name the caller, so an
 * answer is never handed to someone else; values are immutable and hold no entities, since each facade call runs in
 * its own persistence context. Outside a request (a scheduled run) every call computes.
 */
@RequestScoped
public class RequestMemo {

    private final Map<List<Object>, Object> answers = new HashMap<>();

    /** The answer for {@code key} in this request, computed by {@code compute} the first time. */
    @SuppressWarnings("unchecked")
    public synchronized <T> T get(List<Object> key, Supplier<T> compute) {
        if (answers.containsKey(key)) {
            return (T) answers.get(key);
        }
        T value = compute.get();
        answers.put(key, value);
        return value;
    }

    /** {@link #get} through a lazily resolved memo; computes every time when no request is active. */
    public static <T> T in(Instance<RequestMemo> memo, List<Object> key, Supplier<T> compute) {
        try {
            return memo.get().get(key, compute);
        } catch (ContextNotActiveException noRequest) {
            return compute.get();
        }
    }
}

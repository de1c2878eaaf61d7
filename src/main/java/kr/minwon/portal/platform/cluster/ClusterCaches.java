package kr.minwon.portal.platform.cluster;

import fish.payara.micro.cdi.ClusteredCDIEventBus;
import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the caches that outlive a request (the working calendar, mileage period totals) true on every node of a
 * cluster: a node that changed what a cache holds calls {@link #changed(String)}, and once its transaction has
 * committed every other node gets a {@link CacheChanged} through Payara's clustered CDI events (Hazelcast), in
 * milliseconds. With clustering off (the normal single node, the tests' servers) there is nobody to tell and the call
 * costs nothing; the node's own code keeps its caches true in place either way.
 */
@ApplicationScoped
public class ClusterCaches {

    static final String EVENT_NAME = "minwon-portal.cache-changed";
    private static final Logger LOG = Logger.getLogger(ClusterCaches.class.getName());

    @Inject
    @Outbound(eventName = EVENT_NAME, loopBack = false)
    Event<String> otherNodes;

    @Inject
    Event<CacheChanged> here;

    @Inject
    Instance<ClusteredCDIEventBus> bus;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile boolean broken;

    /** Starts the flow of clustered events to this application (Payara needs the call once). */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            if (bus.isResolvable()) {
                bus.get().initialize();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Clustered CDI events unavailable (clustering off?): caches are this node's own", e);
        }
    }

    /** Tells the other nodes that {@code cache} changed: after the current transaction commits, or now without one. */
    public void changed(String cache) {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        send(cache);
                    }
                }
            });
        } else {
            send(cache);
        }
    }

    private void send(String cache) {
        if (broken) {
            return;
        }
        try {
            otherNodes.fire(cache);
        } catch (RuntimeException e) {
            // Clustering off: Payara has no data grid to publish on. Said once; single nodes need nothing more.
            broken = true;
            LOG.log(Level.INFO, "Cannot tell other nodes of cache changes (clustering off?)", e);
        }
    }

    /** Another node changed {@code cache}. */
    void fromOtherNode(@Observes @Inbound(eventName = EVENT_NAME) String cache) {
        LOG.fine(() -> "Cache changed on another node: " + cache);
        here.fire(new CacheChanged(cache));
    }
}

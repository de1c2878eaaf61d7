package kr.minwon.portal.platform.cluster;

/**
 * Fired on a node when another node of the cluster changed what the cache named {@code cache} holds (see
 * {@link ClusterCaches}): observers drop or reload it. Never fired for the node's own changes, which its code handles
 * in place.
 */
public record CacheChanged(String cache) {

    public boolean is(String name) {
        return cache.equals(name);
    }
}

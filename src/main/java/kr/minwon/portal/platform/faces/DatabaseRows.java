package kr.minwon.portal.platform.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table whose facade pages in the database and has its own fixed order: the page asks for one page of rows
 * and their count, never for the whole table. For lists that sort on a clicked column, extend LazyDataModel directly.
 */
public final class DatabaseRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows there are under the view's current filter. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** One page of rows. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> page(int first, int size);
    }

    /** A row's key, for selection and row updates. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;

    public DatabaseRows(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) count.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }
}

package io.newsgraph.graph.write;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Tracks whether applying an input's values to an entity changed it. */
public final class Changes {
    private boolean changed;

    public boolean changed() {
        return changed;
    }

    /** The entity changed too when {@code also} (an alias added, a link moved ...). */
    public void add(boolean also) {
        changed |= also;
    }

    /** The input value always wins. */
    public <T> T set(T current, T input) {
        if (!Objects.equals(current, input)) {
            changed = true;
        }
        return input;
    }

    /** The input value wins when given; an absent value keeps what is stored. */
    public <T> T keep(T current, T input) {
        return input == null ? current : set(current, input);
    }

    /** A reference to another entity always takes the input's; it changed when it points at another id. */
    public <T> T ref(T current, T input, Function<? super T, ?> id) {
        Object a = current == null ? null : id.apply(current);
        Object b = input == null ? null : id.apply(input);
        if (!Objects.equals(a, b)) {
            changed = true;
        }
        return input;
    }

    /**
     * A link is set once every item of the bundle exists (the upserts' link methods); it changes the item when it
     * points elsewhere than the stored one, or at an item this bundle creates (not yet in {@code written}).
     */
    public <T> void link(T current, String slug, Map<String, T> written, Function<? super T, ?> id) {
        T target = slug == null ? null : written.get(slug);
        if (slug != null
                && (current == null
                        || target == null
                        || id.apply(target) == null
                        || !id.apply(current).equals(id.apply(target)))) {
            changed = true;
        }
    }
}

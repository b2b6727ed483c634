package vn.thidua.ui.main;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.WeakListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Counts the strong listeners held by every JavaFX observable reachable from some objects through
 * the program's own classes (never through the scene graph). A weak listener, a binding or a
 * bidirectional binding does not keep a view alive and is not counted. Reads JavaFX's listener
 * helpers by reflection: a test tool, for the leak test only.
 */
final class ListenerCount {

    private ListenerCount() {
    }

    /** Strong listeners per observable, keyed by the path from the roots (e.g. "units.selected"). */
    static Map<String, Integer> strongListeners(Iterable<Object> roots) throws IllegalAccessException {
        Map<String, Integer> counts = new TreeMap<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object[]> todo = new ArrayDeque<>();
        int r = 0;
        for (Object root : roots) {
            todo.add(new Object[] {root, "root" + r++});
        }
        while (!todo.isEmpty()) {
            Object[] next = todo.poll();
            Object o = next[0];
            String path = (String) next[1];
            if (o == null || !seen.add(o) || o instanceof Node || o instanceof Scene || o instanceof Window) {
                continue;
            }
            if (o instanceof Observable) {
                counts.merge(path, count(o), Integer::sum);
            }
            String name = o.getClass().getName();
            boolean own = name.startsWith("vn.thidua.");
            if (o instanceof Supplier<?> lazy && own && name.endsWith("Lazy")) {
                todo.add(new Object[] {lazy.get(), path + ".get"});
                continue;
            }
            if (!own && !(o instanceof Observable)) {
                continue;
            }
            for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    f.setAccessible(true);
                    Object v = f.get(o);
                    // From an observable, only to the read-only side it hands out, not into its listeners or bean.
                    if (!own && !(v instanceof Observable) || f.getName().equals("bean") || f.getName().contains("elper")) {
                        continue;
                    }
                    todo.add(new Object[] {v, path + "." + f.getName()});
                }
            }
        }
        return counts;
    }

    /** The strong listeners of one observable, read from its ExpressionHelper / ListListenerHelper / SetListenerHelper. */
    private static int count(Object observable) throws IllegalAccessException {
        int n = 0;
        for (Class<?> c = observable.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && (f.getName().equals("helper") || f.getName().equals("listenerHelper"))) {
                    f.setAccessible(true);
                    n += strong(f.get(observable));
                }
            }
        }
        return n;
    }

    private static int strong(Object helper) throws IllegalAccessException {
        if (helper == null) {
            return 0;
        }
        int n = 0;
        for (Class<?> c = helper.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object v = f.get(helper);
                if (f.getName().equals("listener")) {
                    n += v instanceof WeakListener ? 0 : 1;
                } else if (v != null && v.getClass().isArray() && f.getName().endsWith("Listeners")) {
                    for (int i = 0; i < Array.getLength(v); i++) {
                        Object l = Array.get(v, i);
                        n += l == null || l instanceof WeakListener ? 0 : 1;
                    }
                }
            }
        }
        return n;
    }
}

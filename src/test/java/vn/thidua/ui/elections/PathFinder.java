package vn.thidua.ui.elections;

import java.lang.ref.Reference;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.*;

/** How an object is still reached from given roots (fields, arrays, JDK collections; weak references skipped): for a leak test's message. */
final class PathFinder {

    private PathFinder() {
    }

    static String find(Object target, Object... roots) {
        Map<Object, Object> parent = new IdentityHashMap<>();
        Map<Object, String> how = new IdentityHashMap<>();
        ArrayDeque<Object> q = new ArrayDeque<>();
        for (Object r : roots) { parent.put(r, r); how.put(r, "root " + r.getClass().getName()); q.add(r); }
        while (!q.isEmpty()) {
            Object o = q.poll();
            if (o == target) {
                StringBuilder sb = new StringBuilder();
                Object c = o;
                while (parent.get(c) != c) { sb.insert(0, how.get(c) + " [" + c.getClass().getName() + "]\n"); c = parent.get(c); }
                sb.insert(0, how.get(c) + "\n");
                return sb.toString();
            }
            Class<?> k = o.getClass();
            if (k.isArray()) {
                if (k.getComponentType().isPrimitive()) continue;
                int n = Array.getLength(o);
                for (int i = 0; i < n; i++) visit(Array.get(o, i), o, "[" + i + "]", parent, how, q);
                continue;
            }
            if (o instanceof Reference) continue;
            if (o instanceof Map<?, ?> m && k.getName().startsWith("java.")) {
                try { int i = 0; for (Map.Entry<?, ?> e : new ArrayList<>(m.entrySet())) { visit(e.getKey(), o, "key" + i, parent, how, q); visit(e.getValue(), o, "value" + i++, parent, how, q); } } catch (Throwable t) { }
                continue;
            }
            if (o instanceof Collection<?> m && k.getName().startsWith("java.")) {
                try { int i = 0; for (Object e : new ArrayList<>(m)) visit(e, o, "item" + i++, parent, how, q); } catch (Throwable t) { }
                continue;
            }
            for (Class<?> c = k; c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getType().isPrimitive()) continue;
                    boolean st = Modifier.isStatic(f.getModifiers());
                    if (st) continue;
                    try { f.setAccessible(true); visit(f.get(o), o, c.getSimpleName() + "." + f.getName(), parent, how, q); }
                    catch (Throwable t) { }
                }
            }
        }
        return "not reachable";
    }
    private static void visit(Object v, Object from, String label, Map<Object, Object> parent, Map<Object, String> how, ArrayDeque<Object> q) {
        if (v == null || parent.containsKey(v) || v instanceof Class || v instanceof String) return;
        parent.put(v, from); how.put(v, label); q.add(v);
    }
}

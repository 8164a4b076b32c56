package org.precinct.engine.model;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.precinct.engine.random.RandomStreams;

/**
 * A structural SHA-256 digest of a replication's object graph, so a run forked at a decision point
 * can be checked bit for bit against an uninterrupted one.
 *
 * <p>It walks every instance field of every reachable object (fields in name order, subclass
 * first), so state that a component adds later is covered without editing this class. Random
 * streams are digested through {@link RandomStreams#saveState()}; {@code engine.spec} values are
 * the immutable input both runs share and count by class name only; an object reached twice is
 * digested as a back-reference by visit order, so shared structure and cycles count and identity
 * hash codes never do. The walk is iterative, so deep structures cannot overflow the stack. It is a
 * diagnostic: slow compared with a replication step, and never called while a run is simulating.
 */
final class StateDigest {
  private static final String SPEC_PACKAGE = "org.precinct.engine.spec";
  private static final byte NULL = 0;
  private static final byte REFERENCE = 1;
  private static final byte OBJECT = 2;
  private static final byte VALUE = 3;

  private final MessageDigest sha;
  private final IdentityHashMap<Object, Integer> seen = new IdentityHashMap<>();
  private final Deque<Object> pending = new ArrayDeque<>();
  private final Map<Class<?>, List<Field>> fields = new IdentityHashMap<>();

  private StateDigest() {
    try {
      this.sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** The hex SHA-256 of everything reachable from {@code root}. */
  static String of(Object root) {
    StateDigest digest = new StateDigest();
    digest.reference(root);
    while (!digest.pending.isEmpty()) {
      digest.visit(digest.pending.pop());
    }
    return HexFormat.of().formatHex(digest.sha.digest());
  }

  /** Writes a reference: null, a back-reference, or a new object queued for its content. */
  private void reference(Object value) {
    if (value == null) {
      sha.update(NULL);
      return;
    }
    if (isValue(value)) {
      sha.update(VALUE);
      text(value.getClass().getName() + ":" + value);
      return;
    }
    Integer index = seen.get(value);
    if (index != null) {
      sha.update(REFERENCE);
      writeLong(index);
      return;
    }
    seen.put(value, seen.size());
    sha.update(OBJECT);
    text(value.getClass().getName());
    pending.push(value);
  }

  private void visit(Object value) {
    Class<?> type = value.getClass();
    if (value instanceof RandomStreams streams) {
      bytes(streams.saveState());
    } else if (type.isArray()) {
      array(value);
    } else if (type.getPackageName().startsWith(SPEC_PACKAGE)) {
      text(String.valueOf(value));
    } else if (isJdk(type)) {
      jdkValue(value);
    } else {
      for (Field field : fieldsOf(type)) {
        field(field, value);
      }
    }
  }

  private void jdkValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      writeLong(map.size());
      map.forEach(
          (k, v) -> {
            reference(k);
            reference(v);
          });
    } else if (value instanceof Collection<?> collection) {
      writeLong(collection.size());
      collection.forEach(this::reference);
    } else {
      text(String.valueOf(value));
    }
  }

  private void array(Object array) {
    int length = Array.getLength(array);
    writeLong(length);
    Class<?> component = array.getClass().getComponentType();
    for (int i = 0; i < length; i++) {
      Object element = Array.get(array, i);
      if (component.isPrimitive()) {
        primitive(element);
      } else {
        reference(element);
      }
    }
  }

  private void field(Field field, Object owner) {
    Object value;
    try {
      value = field.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field + " for the state digest", e);
    }
    if (field.getType().isPrimitive()) {
      primitive(value);
    } else {
      reference(value);
    }
  }

  private void primitive(Object boxed) {
    if (boxed instanceof Double d) {
      writeLong(Double.doubleToLongBits(d));
    } else if (boxed instanceof Float f) {
      writeLong(Float.floatToIntBits(f));
    } else if (boxed instanceof Boolean b) {
      sha.update(b ? (byte) 1 : (byte) 0);
    } else if (boxed instanceof Character c) {
      writeLong(c);
    } else {
      writeLong(((Number) boxed).longValue());
    }
  }

  /** The instance fields of a class and its non-JDK superclasses, made readable, in name order. */
  private List<Field> fieldsOf(Class<?> type) {
    return fields.computeIfAbsent(
        type,
        t -> {
          List<Field> all = new ArrayList<>();
          for (Class<?> c = t; c != null && !isJdk(c); c = c.getSuperclass()) {
            List<Field> own = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
              if (!Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                own.add(f);
              }
            }
            own.sort(Comparator.comparing(Field::getName));
            all.addAll(own);
          }
          return all;
        });
  }

  /** Immutable values whose identity means nothing: digested inline, never as references. */
  private static boolean isValue(Object value) {
    return value instanceof String
        || value instanceof Number && isJdk(value.getClass())
        || value instanceof Boolean
        || value instanceof Character
        || value instanceof Enum<?>;
  }

  private static boolean isJdk(Class<?> type) {
    String name = type.getName();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.");
  }

  private void text(String value) {
    bytes(value.getBytes(StandardCharsets.UTF_8));
  }

  private void bytes(byte[] value) {
    writeLong(value.length);
    sha.update(value);
  }

  private void writeLong(long value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      sha.update((byte) (value >>> shift));
    }
  }
}

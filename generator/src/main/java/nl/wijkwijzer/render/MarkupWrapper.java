package nl.wijkwijzer.render;

import nl.wijkwijzer.markdown.SafeHtml;
import freemarker.core.MarkupOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import freemarker.ext.util.WrapperTemplateModel;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The object wrapper for templates of one markup output format (HTML for {@code .ftlh}, XML for
 * {@code .ftlx}): {@link SafeHtml} and {@link TrustedMarkup} become that format's markup output
 * ({@code fromMarkup}), which FreeMarker prints as it is, and everything else is wrapped as the
 * default wrapper does (records by their accessors, so a record component reads like a map key).
 * One wrapper per format because FreeMarker refuses to print markup of another format.
 *
 * <p>A record is read through {@link RecordModel}: the names the default wrapper gives it (every
 * public method without parameters that returns something, by its own name, a bean getter by its
 * property name), each read through a method handle made once per record class. The default wrapper
 * finds the same value by reflection and introspection on every read, which was ~4% of a 10,000-case
 * build; {@code RecordModelTest} holds the two to the same output.
 */
final class MarkupWrapper extends DefaultObjectWrapper {
    private final MarkupOutputFormat<?> format;
    /** Per record class, name to accessor; filled on first use of a class (the wrapper lives as long as its renderer). */
    private final Map<Class<?>, Map<String, MethodHandle>> accessors = new ConcurrentHashMap<>();

    MarkupWrapper(Version version, OutputFormat format) {
        super(version);
        this.format = format instanceof MarkupOutputFormat<?> m ? m : null;
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof SafeHtml s) {
            return markup(s.html());
        }
        if (obj instanceof TrustedMarkup t) {
            return markup(t.markup());
        }
        if (obj instanceof PageModel p) {
            return new Layers((TemplateHashModel) wrap(p.content()), (TemplateHashModel) wrap(p.frame()));
        }
        if (obj instanceof Record r) {
            return new RecordModel(r, accessors.computeIfAbsent(r.getClass(), MarkupWrapper::accessorsOf));
        }
        return super.handleUnknownType(obj);
    }

    /** A record as a hash of its accessors; it unwraps to the record itself. */
    private final class RecordModel implements TemplateHashModel, AdapterTemplateModel, WrapperTemplateModel {
        private final Record record;
        private final Map<String, MethodHandle> names;

        RecordModel(Record record, Map<String, MethodHandle> names) {
            this.record = record;
            this.names = names;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle h = names.get(key);
            if (h == null) {
                return null;
            }
            Object value;
            try {
                value = (Object) h.invokeExact((Object) record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException(e);
            }
            return wrap(value);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }

    /**
     * The names a record answers to, as {@link DefaultObjectWrapper} (2.3.34) gives them: every public
     * instance method without parameters that returns a value, except those of {@link Object}, by its
     * name; a getter ({@code getX}, or {@code isX} returning boolean) by its property name ({@code x})
     * unless a method has that name (the default wrapper offers a getter's own name only as a method
     * to call, which no template does).
     */
    static Map<String, MethodHandle> accessorsOf(Class<?> type) {
        Map<String, MethodHandle> methods = new HashMap<>();
        Map<String, MethodHandle> properties = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() > 0 || m.getReturnType() == void.class
                    || OBJECT_METHODS.contains(m.getName())) {
                continue;
            }
            MethodHandle h;
            try {
                if (!m.trySetAccessible()) {
                    continue;
                }
                h = lookup.unreflect(m).asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException e) {
                continue;
            }
            String property = property(m);
            if (property != null) {
                properties.put(property, h);
            } else {
                methods.put(m.getName(), h);
            }
        }
        properties.forEach(methods::putIfAbsent);
        return Map.copyOf(methods);
    }

    /** Methods every record has from {@link Object}: not values a template reads. */
    private static final java.util.Set<String> OBJECT_METHODS = java.util.Set.of("getClass", "hashCode", "toString");

    /** The JavaBeans property name of a getter, or null. */
    private static String property(Method m) {
        String name = m.getName();
        int from = name.startsWith("get") ? 3 : name.startsWith("is") && m.getReturnType() == boolean.class ? 2 : -1;
        if (from < 0 || name.length() == from || !Character.isUpperCase(name.charAt(from))) {
            return null;
        }
        String rest = name.substring(from);
        // As java.beans.Introspector.decapitalize: "URL" stays "URL", "Naam" becomes "naam".
        return rest.length() > 1 && Character.isUpperCase(rest.charAt(1)) ? rest
                : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    /** A page's model: a name is looked up in the page's own record first, then in the frame. */
    private record Layers(TemplateHashModel content, TemplateHashModel frame) implements TemplateHashModel {
        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            TemplateModel v = content.get(key);
            return v != null ? v : frame.get(key);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    private TemplateModel markup(String markup) throws TemplateModelException {
        if (format == null) {
            throw new TemplateModelException("HTML kan alleen in een HTML- of XML-sjabloon (.ftlh, .ftlx)");
        }
        return format.fromMarkup(markup);
    }
}

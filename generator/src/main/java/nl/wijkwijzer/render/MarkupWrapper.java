package nl.wijkwijzer.render;

import nl.wijkwijzer.markdown.SafeHtml;
import freemarker.core.MarkupOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

/**
 * The object wrapper for templates of one markup output format (HTML for {@code .ftlh}, XML for
 * {@code .ftlx}): {@link SafeHtml} and {@link TrustedMarkup} become that format's markup output
 * ({@code fromMarkup}), which FreeMarker prints as it is, and everything else is wrapped as the
 * default wrapper does (records by their accessors, so a record component reads like a map key).
 * One wrapper per format because FreeMarker refuses to print markup of another format.
 */
final class MarkupWrapper extends DefaultObjectWrapper {
    private final MarkupOutputFormat<?> format;

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
        return super.handleUnknownType(obj);
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

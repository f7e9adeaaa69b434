package dev.shipshape.internal.yaml;

import java.io.Writer;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.common.SpecVersion;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLGenerator;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Jackson's YAML factory, except that a string holding NEL ({@code U+0085}), LINE SEPARATOR ({@code U+2028}) or
 * PARAGRAPH SEPARATOR ({@code U+2029}) is written double-quoted, where YAML escapes them ({@code \N}, {@code \L},
 * {@code \P}).
 *
 * <p>YAML 1.1, which {@code kubectl} reads with, counts the three as line breaks; Jackson's generator writes them raw,
 * in plain and literal scalars, where a break cannot stand. Measured before this class: {@code value: <NEL>} read back
 * as null, by Jackson and by {@code kubectl kustomize} alike; {@code a<LS>b} and {@code c<NEL>d} as plain scalars made
 * {@code kubectl kustomize} fail with "could not find expected ':'"; a literal block holding NEL read back changed.
 * The rest of the output is Jackson's, byte for byte.
 *
 * <pre>{@code
 * YAMLFactory f = BreakSafeYamlFactory.of(YAMLFactory.builder().enable(YAMLWriteFeature.MINIMIZE_QUOTES));
 * }</pre>
 */
final class BreakSafeYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    private BreakSafeYamlFactory(YAMLFactoryBuilder b) {
        super(b);
    }

    /** The factory {@code builder} describes, with its names and values written as above. */
    static YAMLFactory of(YAMLFactoryBuilder builder) {
        return new BreakSafeYamlFactory(builder.stringQuotingChecker(new Checker()));
    }

    /** Whether {@code s} holds a character YAML 1.1 reads as a line break and YAML 1.2 does not. */
    static boolean hasForeignBreak(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    @Override
    protected YAMLGenerator _createGenerator(ObjectWriteContext ctxt, IOContext io, Writer out) {
        return new Generator(ctxt, io, ctxt.getStreamWriteFeatures(_streamWriteFeatures),
                ctxt.getFormatWriteFeatures(_formatWriteFeatures), _quotingChecker, out, _version, _dumpSettings);
    }

    /** Names with such a character are quoted (values are the {@link Generator}'s); Jackson's rules otherwise. */
    private static final class Checker extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteName(String name) {
            return hasForeignBreak(name) || super.needToQuoteName(name);
        }
    }

    /**
     * Values with such a character double-quoted, on one line or across lines (Jackson would write those as literal
     * blocks before asking the checker); every other way of writing a string ends in {@code writeString(String)}.
     */
    private static final class Generator extends YAMLGenerator {
        Generator(ObjectWriteContext ctxt, IOContext io, int streamFeatures, int yamlFeatures, StringQuotingChecker quoting,
                  Writer out, SpecVersion version, DumpSettings settings) {
            super(ctxt, io, streamFeatures, yamlFeatures, quoting, out, version, settings);
        }

        @Override
        public JsonGenerator writeString(String text) {
            if (text == null || !hasForeignBreak(text)) {
                return super.writeString(text);
            }
            _verifyValueWrite("write String value");
            _writeScalar(text, "string", ScalarStyle.DOUBLE_QUOTED);
            return this;
        }
    }
}

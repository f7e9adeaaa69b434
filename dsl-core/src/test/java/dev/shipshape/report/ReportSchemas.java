package dev.shipshape.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The published schemas of the report formats, as oracles nobody on the team wrote: SARIF 2.1.0's JSON schema
 * (OASIS), validated by networknt's json-schema-validator, and the JUnit XSD Jenkins validates against, by the JDK's
 * XML Schema validator. Both vendored under {@code report-schemas/} with their licenses (NOTICE.md there).
 */
public final class ReportSchemas {

    private static final Schema SARIF = sarifSchema();
    private static final javax.xml.validation.Schema JUNIT = junitSchema();

    private ReportSchemas() {
    }

    /** {@return what the SARIF 2.1.0 schema says is wrong with {@code json}; empty when it is valid} */
    public static List<String> sarifErrors(String json) {
        return SARIF.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** {@return what the JUnit XSD says is wrong with {@code xml}, or empty} */
    public static java.util.Optional<String> junitError(String xml) {
        Validator v = JUNIT.newValidator();
        try {
            v.validate(new StreamSource(new StringReader(xml)));
            return java.util.Optional.empty();
        } catch (SAXException e) {
            return java.util.Optional.of(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema sarifSchema() {
        try (InputStream in = ReportSchemas.class.getResourceAsStream("/report-schemas/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static javax.xml.validation.Schema junitSchema() {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return f.newSchema(ReportSchemas.class.getResource("/report-schemas/junit-10.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}

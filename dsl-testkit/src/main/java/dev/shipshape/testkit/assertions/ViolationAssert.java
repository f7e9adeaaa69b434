package dev.shipshape.testkit.assertions;

import dev.shipshape.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the violations of one rule, from {@link AbstractViolationsAssert#hasViolation(String)}.
 *
 * <pre>{@code
 * assertThat(app).hasViolation("resources.requests-exceed-limits")
 *         .at("journal/webService:frontend/container:frontend/resources/cpu")
 *         .withMessageContaining("exceeds limit");
 * }</pre>
 */
public final class ViolationAssert extends AbstractAssert<ViolationAssert, List<Violation>> {

    private final AbstractViolationsAssert<?, ?> parent;
    private final String rule;

    ViolationAssert(AbstractViolationsAssert<?, ?> parent, String rule, List<Violation> matching) {
        super(matching, ViolationAssert.class);
        this.parent = parent;
        this.rule = rule;
    }

    /**
     * Passes when one of the rule's violations is at exactly {@code path}.
     *
     * @param path the violation's path, e.g. {@code journal/ingress:web/host:*\/route:/}
     * @return the violation assert
     */
    public ViolationAssert at(String path) {
        if (actual.stream().noneMatch(v -> v.path().equals(path))) {
            failWithMessage("Expecting a %s violation at%n  %s%nbut it was at%n  %s", rule, path,
                    actual.stream().map(Violation::path).collect(Collectors.joining("\n  ")));
        }
        return myself;
    }

    /**
     * Passes when one of the rule's violations has a message containing {@code text}.
     *
     * @param text the text to parse
     * @return the violation assert
     */
    public ViolationAssert withMessageContaining(String text) {
        if (actual.stream().noneMatch(v -> v.message().contains(text))) {
            failWithMessage("Expecting a %s violation whose message contains%n  %s%nbut the messages were%n  %s", rule, text,
                    actual.stream().map(Violation::message).collect(Collectors.joining("\n  ")));
        }
        return myself;
    }

    /**
     * Back to the assertion it came from (on an app or on manifest files), to chain more checks.
     *
     * @return that assert
     */
    public AbstractViolationsAssert<?, ?> and() {
        return parent;
    }
}

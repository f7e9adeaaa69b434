package dev.shipshape.testkit;

import dev.shipshape.dsl.App;
import dev.shipshape.validation.Violation;
import dev.shipshape.validation.Violations;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link App}: it is validated once, when the assertion is created.
 *
 * <pre>{@code
 * assertThat(app).isValid();                                   // no violation at all
 * assertThat(app).hasNoErrors();                               // warnings allowed
 * assertThat(app).hasViolation("image.not-pinned").at("shop/webService:web/container:web/image");
 * assertThat(app).hasOnlyViolationsOf("image.not-pinned");
 * }</pre>
 */
public class AppAssert extends AbstractAssert<AppAssert, App> {

    private final List<Violation> violations;

    AppAssert(App actual) {
        super(actual, AppAssert.class);
        this.violations = actual == null ? List.of() : actual.validate();
    }

    /**
     * Passes when the app breaks no rule, errors and warnings alike.
     *
     * @return the app assert
     */
    public AppAssert isValid() {
        isNotNull();
        if (!violations.isEmpty()) {
            failWithMessage("Expecting app %s to break no rule but it has %d violation(s):%n%s", actual.name(),
                    violations.size(), Violations.format(violations));
        }
        return myself;
    }

    /**
     * Passes when no violation is an error (so {@code render()} succeeds).
     *
     * @return the app assert
     */
    public AppAssert hasNoErrors() {
        isNotNull();
        List<Violation> errors = violations.stream().filter(Violation::isError).toList();
        if (!errors.isEmpty()) {
            failWithMessage("Expecting app %s to have no errors but it has %d:%n%s", actual.name(), errors.size(),
                    Violations.format(errors));
        }
        return myself;
    }

    /**
     * Passes when at least one violation has rule id {@code ruleId}; narrow it down with {@link ViolationAssert#at}.
     *
     * @param ruleId the rule id, e.g. {@code probe.readiness-missing}
     * @return the violation assert
     */
    public ViolationAssert hasViolation(String ruleId) {
        isNotNull();
        List<Violation> matching = violations.stream().filter(v -> v.rule().equals(ruleId)).toList();
        if (matching.isEmpty()) {
            failWithMessage("Expecting app %s to have a violation of%n  %s%nbut it has%s", actual.name(), ruleId,
                    violations.isEmpty() ? " none" : ":\n" + Violations.format(violations));
        }
        return new ViolationAssert(this, ruleId, matching);
    }

    /**
     * Passes when every violation has one of {@code ruleIds} (and there is at least one).
     *
     * @param ruleIds the rule ids
     * @return the app assert
     */
    public AppAssert hasOnlyViolationsOf(String... ruleIds) {
        isNotNull();
        List<String> allowed = List.of(ruleIds);
        List<Violation> other = violations.stream().filter(v -> !allowed.contains(v.rule())).toList();
        if (violations.isEmpty() || !other.isEmpty()) {
            failWithMessage("Expecting app %s to have only violations of%n  %s%nbut it has%s", actual.name(), allowed,
                    violations.isEmpty() ? " none" : ":\n" + Violations.format(violations));
        }
        return myself;
    }

    /**
     * The violations found, for further AssertJ checks.
     *
     * @return the violations found, for further AssertJ checks
     */
    public List<Violation> violations() {
        return violations;
    }
}

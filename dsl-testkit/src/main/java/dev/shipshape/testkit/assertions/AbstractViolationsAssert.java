package dev.shipshape.testkit.assertions;

import dev.shipshape.validation.Violation;
import dev.shipshape.validation.Violations;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * What assertions on found violations share, for an {@link AppAssert app} and for
 * {@link ManifestFilesAssert manifest files}: the violations are found once, when the assertion is created.
 *
 * <pre>{@code
 * assertThat(app).hasNoErrors();
 * assertThatManifests(Path.of("k8s")).hasViolation("image.mutable-tag").at("k8s/db.yaml#L1/Pod:mysql/container:mysql/image");
 * }</pre>
 *
 * @param <SELF> the concrete assert
 * @param <ACTUAL> what was checked
 */
public abstract class AbstractViolationsAssert<SELF extends AbstractViolationsAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {

    private final List<Violation> violations;

    /**
     * Assertions on what was checked and the violations found in it.
     *
     * @param actual     what was checked
     * @param self       the concrete assert class, for AssertJ
     * @param violations every violation found, errors and warnings
     */
    protected AbstractViolationsAssert(ACTUAL actual, Class<?> self, List<Violation> violations) {
        super(actual, self);
        this.violations = violations;
    }

    /** How failure messages name what was checked: {@code app shop}, {@code manifests [k8s]}. */
    abstract String subject();

    /**
     * Passes when nothing breaks a rule, errors and warnings alike.
     *
     * @return this assert
     */
    public SELF isValid() {
        isNotNull();
        if (!violations.isEmpty()) {
            failWithMessage("Expecting %s to break no rule but it has %d violation(s):%n%s", subject(), violations.size(),
                    Violations.format(violations));
        }
        return myself;
    }

    /**
     * Passes when no violation is an error (so an app's {@code render()} succeeds).
     *
     * @return this assert
     */
    public SELF hasNoErrors() {
        isNotNull();
        List<Violation> errors = violations.stream().filter(Violation::isError).toList();
        if (!errors.isEmpty()) {
            failWithMessage("Expecting %s to have no errors but it has %d:%n%s", subject(), errors.size(),
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
            failWithMessage("Expecting %s to have a violation of%n  %s%nbut it has%s", subject(), ruleId,
                    violations.isEmpty() ? " none" : ":\n" + Violations.format(violations));
        }
        return new ViolationAssert(this, ruleId, matching);
    }

    /**
     * Passes when every violation has one of {@code ruleIds} (and there is at least one).
     *
     * @param ruleIds the rule ids
     * @return this assert
     */
    public SELF hasOnlyViolationsOf(String... ruleIds) {
        isNotNull();
        List<String> allowed = List.of(ruleIds);
        List<Violation> other = violations.stream().filter(v -> !allowed.contains(v.rule())).toList();
        if (violations.isEmpty() || !other.isEmpty()) {
            failWithMessage("Expecting %s to have only violations of%n  %s%nbut it has%s", subject(), allowed,
                    violations.isEmpty() ? " none" : ":\n" + Violations.format(violations));
        }
        return myself;
    }

    /**
     * The violations found, for further AssertJ checks.
     *
     * @return the violations found
     */
    public List<Violation> violations() {
        return violations;
    }
}

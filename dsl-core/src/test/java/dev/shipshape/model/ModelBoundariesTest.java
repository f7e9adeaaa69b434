package dev.shipshape.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model's value types at each limit the API server sets, on both sides, with the message a user sees. */
class ModelBoundariesTest {

    @Test
    void probe_timings() {
        Probe p = Probe.tcp("http");
        assertThat(p.initialDelaySeconds(0).initialDelaySeconds()).isZero();
        assertThat(p.periodSeconds(1).periodSeconds()).isEqualTo(1);
        assertThat(p.timeoutSeconds(1).timeoutSeconds()).isEqualTo(1);
        assertThat(p.failureThreshold(1).failureThreshold()).isEqualTo(1);
        assertThat(p.initialDelaySeconds(7)).isEqualTo(new Probe(p.action(), 7, 10, 1, 3));
        assertThatThrownBy(() -> p.initialDelaySeconds(-1)).hasMessage("probe initialDelaySeconds must not be negative, got -1");
        assertThatThrownBy(() -> p.periodSeconds(0)).hasMessage("probe periodSeconds must be at least 1, got 0");
        assertThatThrownBy(() -> p.timeoutSeconds(0)).hasMessage("probe timeoutSeconds must be at least 1, got 0");
        assertThatThrownBy(() -> p.failureThreshold(0)).hasMessage("probe failureThreshold must be at least 1, got 0");
    }

    @Test
    void probe_actions() {
        assertThat(Probe.http("/", "http").action()).isEqualTo(new Probe.HttpGet("/", "http"));
        assertThatThrownBy(() -> Probe.http("healthz", "http")).hasMessage("probe path 'healthz' must start with '/' and"
                + " contain no control characters (e.g. '/healthz')");
        assertThatThrownBy(() -> Probe.http("/a\nb", "http")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Probe.http(null, "http")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Probe.tcp("HTTP")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Probe.exec("redis-cli", "ping").action()).isEqualTo(new Probe.Exec(List.of("redis-cli", "ping")));
        assertThatThrownBy(Probe::exec).hasMessage("exec probe needs a command, e.g. Probe.exec(\"redis-cli\", \"ping\")");
        assertThatThrownBy(() -> Probe.exec((String[]) null)).hasMessageStartingWith("exec probe needs a command");
        assertThatThrownBy(() -> Probe.exec("a", null)).hasMessage("exec probe command must not contain null");
    }

    @Test
    void ports() {
        assertThat(new PortSpec("http", 1, 65535).number()).isEqualTo(1);
        assertThat(new PortSpec("http", 65535, 1).servicePort()).isEqualTo(1);
        assertThatThrownBy(() -> new PortSpec("http", 0, 80)).hasMessage("port 'http' number must be 1-65535, got 0");
        assertThatThrownBy(() -> new PortSpec("http", 65536, 80)).hasMessage("port 'http' number must be 1-65535, got 65536");
        assertThatThrownBy(() -> new PortSpec("http", 80, 0)).hasMessage("port 'http' Service port must be 1-65535, got 0");
        assertThatThrownBy(() -> new PortSpec("http", 80, 65536)).hasMessage("port 'http' Service port must be 1-65535, got 65536");
        assertThat(new EgressRule("10.0.0.0/8", List.of(1, 65535)).ports()).containsExactly(1, 65535);
        assertThatThrownBy(() -> new EgressRule("10.0.0.0/8", List.of(0))).hasMessage("egress port must be 1-65535, got 0");
        assertThatThrownBy(() -> new EgressRule("10.0.0.0/8", List.of(65536))).hasMessage("egress port must be 1-65535, got 65536");
        assertThatThrownBy(() -> new EgressRule("db.example.com", List.of())).hasMessageContaining("is not a CIDR block");
    }

    @Test
    void rolling_updates() {
        assertThat(RollingUpdate.pods(1, 0)).isEqualTo(new RollingUpdate("1", "0"));
        assertThat(RollingUpdate.percent(0, 100)).isEqualTo(new RollingUpdate("0%", "100%"));
        assertThat(new RollingUpdate("200%", "0").maxSurge()).isEqualTo("200%");
        assertThatThrownBy(() -> new RollingUpdate("0", "101%")).hasMessage("maxUnavailable '101%' must not be more than 100%");
        assertThatThrownBy(() -> new RollingUpdate("0", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RollingUpdate("0%", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RollingUpdate("0", "0%")).isInstanceOf(IllegalArgumentException.class);
        // zero however written: "00" renders as the integer 0, and the API server refuses both at zero
        assertThatThrownBy(() -> new RollingUpdate("00", "0")).hasMessageStartingWith("maxSurge and maxUnavailable cannot both be 0");
        assertThatThrownBy(() -> new RollingUpdate("0", "000%")).hasMessageStartingWith("maxSurge and maxUnavailable cannot both be 0");
        assertThat(new RollingUpdate("00", "01").maxUnavailable()).isEqualTo("01");
        for (String bad : new String[] {"", "%", "-1", "1.5", "1234567890", "a%"}) {
            assertThatThrownBy(() -> new RollingUpdate(bad, "1")).as(bad).hasMessage("maxSurge '" + bad + "' must be a"
                    + " non-negative number of pods or a percentage (e.g. 1 or 25%)");
        }
        assertThat(new RollingUpdate("123456789", "1").maxSurge()).isEqualTo("123456789");
        assertThat(RollingUpdate.isPercent("5%")).isTrue();
        assertThat(RollingUpdate.isPercent("5")).isFalse();
    }

    @Test
    void jobs_and_cron_jobs() {
        JobOptions d = JobOptions.defaults();
        assertThat(d).isEqualTo(new JobOptions(6, Optional.empty(), Optional.empty(), JobOptions.RestartPolicy.NEVER, 1, 1));
        assertThat(new JobOptions(0, Optional.of(Duration.ofSeconds(1)), Optional.of(Duration.ZERO),
                JobOptions.RestartPolicy.ON_FAILURE, 1, 1).backoffLimit()).isZero();
        assertThatThrownBy(() -> new JobOptions(-1, Optional.empty(), Optional.empty(), JobOptions.RestartPolicy.NEVER, 1, 1))
                .hasMessage("backoffLimit must not be negative, got -1");
        for (Duration bad : List.of(Duration.ZERO, Duration.ofMillis(999), Duration.ofSeconds(-1))) {
            assertThatThrownBy(() -> new JobOptions(1, Optional.of(bad), Optional.empty(), JobOptions.RestartPolicy.NEVER, 1, 1))
                    .as(bad.toString()).hasMessage("activeDeadline must be at least 1 second, got " + bad);
        }
        assertThatThrownBy(() -> new JobOptions(1, Optional.empty(), Optional.of(Duration.ofSeconds(-1)),
                JobOptions.RestartPolicy.NEVER, 1, 1)).hasMessage("ttlAfterFinished must not be negative, got PT-1S");
        assertThatThrownBy(() -> new JobOptions(1, Optional.empty(), Optional.empty(), JobOptions.RestartPolicy.NEVER, 0, 1))
                .hasMessage("completions and parallelism must be at least 1, got 0 and 1");
        assertThatThrownBy(() -> new JobOptions(1, Optional.empty(), Optional.empty(), JobOptions.RestartPolicy.NEVER, 1, 0))
                .hasMessage("completions and parallelism must be at least 1, got 1 and 0");
        CronOptions c = new CronOptions("@daily", Optional.empty(), CronOptions.Concurrency.FORBID, 0, 0,
                Optional.of(Duration.ofSeconds(1)));
        assertThat(c.successfulJobsHistory()).isZero();
        assertThatThrownBy(() -> new CronOptions("@daily", Optional.empty(), CronOptions.Concurrency.FORBID, -1, 0, Optional.empty()))
                .hasMessage("history limits must not be negative");
        assertThatThrownBy(() -> new CronOptions("@daily", Optional.empty(), CronOptions.Concurrency.FORBID, 0, -1, Optional.empty()))
                .hasMessage("history limits must not be negative");
        assertThatThrownBy(() -> new CronOptions("@daily", Optional.empty(), CronOptions.Concurrency.FORBID, 0, 0,
                Optional.of(Duration.ZERO))).hasMessage("startingDeadline must be at least 1 second, got PT0S");
    }

    @Test
    void autoscaling_and_pod_security() {
        assertThat(new Autoscaling(1, 1, 1).targetCpuUtilization()).isEqualTo(1);
        assertThatThrownBy(() -> new Autoscaling(1, 2, 0)).hasMessage("target cpu utilization must be at least 1%, got 0%");
        assertThat(Autoscaling.tolerancePercent()).isEqualTo("10%");
        assertThat(Autoscaling.between(2, 5)).isEqualTo(new Autoscaling(2, 5, Autoscaling.DEFAULT_TARGET_CPU));
        assertThat(Autoscaling.targetMillis(500, 80)).isEqualByComparingTo("400");
        assertThat(Autoscaling.scaleOutAboveMillis(500, 80)).isEqualByComparingTo("440");
        assertThat(Autoscaling.firstUnreachableTarget(500, 1000)).isEqualTo(182);
        assertThat(new PodSecurity(false, 1, false).runAsUser()).isEqualTo(1);
        assertThat(new PodSecurity(false, 2147483647L, false).runAsUser()).isEqualTo(2147483647L);
        assertThatThrownBy(() -> new PodSecurity(false, 0, false)).hasMessageStartingWith("runAsUser must be a non-root user id"
                + " (1 to 2147483647), got 0");
        assertThatThrownBy(() -> new PodSecurity(false, 2147483648L, false)).hasMessageContaining("got 2147483648");
        assertThat(PodSecurity.restricted()).isEqualTo(new PodSecurity(false, PodSecurity.DEFAULT_USER, false));
    }

    @Test
    void tolerations() {
        assertThat(Toleration.exists("example.com/gpu")).isEqualTo(new Toleration("example.com/gpu", Optional.empty(), Optional.empty()));
        assertThat(Toleration.equal("dedicated", "db", Toleration.NO_EXECUTE).effect()).hasValue("NoExecute");
        assertThatThrownBy(() -> Toleration.exists("bad key")).hasMessage("toleration key 'bad key' is not a qualified name"
                + " (e.g. 'dedicated' or 'example.com/gpu')");
        assertThatThrownBy(() -> Toleration.equal("dedicated", "-db", Toleration.NO_SCHEDULE))
                .hasMessage("toleration value '-db' is not a valid label value");
        assertThatThrownBy(() -> Toleration.equal("dedicated", "db", "NoRun")).hasMessageStartingWith("toleration effect 'NoRun' must be one of");
    }
}

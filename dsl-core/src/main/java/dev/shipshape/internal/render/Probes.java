package dev.shipshape.internal.render;

import dev.shipshape.model.Probe;
import io.fabric8.kubernetes.api.model.ExecAction;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.TCPSocketAction;
import java.util.ArrayList;

/** A probe: its action, and each timing only when it differs from Kubernetes' default. Not API. */
final class Probes {

    private Probes() {
    }

    static io.fabric8.kubernetes.api.model.Probe of(Probe p) {
        io.fabric8.kubernetes.api.model.Probe b = new io.fabric8.kubernetes.api.model.Probe();
        Probe.Action action = p.action();
        if (action instanceof Probe.HttpGet h) {
            HTTPGetAction get = new HTTPGetAction();
            get.setPath(h.path());
            get.setPort(new IntOrString(h.port()));
            b.setHttpGet(get);
        } else if (action instanceof Probe.TcpSocket t) {
            TCPSocketAction tcp = new TCPSocketAction();
            tcp.setPort(new IntOrString(t.port()));
            b.setTcpSocket(tcp);
        } else if (action instanceof Probe.Exec e) {
            b.setExec(new ExecAction(new ArrayList<>(e.command())));
        }
        if (p.initialDelaySeconds() != 0) {
            b.setInitialDelaySeconds(p.initialDelaySeconds());
        }
        if (p.periodSeconds() != Probe.DEFAULT_PERIOD) {
            b.setPeriodSeconds(p.periodSeconds());
        }
        if (p.timeoutSeconds() != Probe.DEFAULT_TIMEOUT) {
            b.setTimeoutSeconds(p.timeoutSeconds());
        }
        if (p.failureThreshold() != Probe.DEFAULT_FAILURE_THRESHOLD) {
            b.setFailureThreshold(p.failureThreshold());
        }
        return b;
    }
}

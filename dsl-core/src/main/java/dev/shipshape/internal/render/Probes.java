package dev.shipshape.internal.render;

import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.Probe;
import io.fabric8.kubernetes.api.model.ExecAction;
import io.fabric8.kubernetes.api.model.GRPCAction;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HTTPHeader;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.TCPSocketAction;
import java.util.ArrayList;
import java.util.List;

/**
 * A probe: its action (HTTP with its headers, TCP, gRPC with the port's number, which {@code grpc.port} requires, or a
 * command), and each timing only when it differs from Kubernetes' default. Not API.
 */
final class Probes {

    private Probes() {
    }

    /** {@code p} as the probe of container {@code c}, whose ports name the numbers a gRPC probe needs. */
    static io.fabric8.kubernetes.api.model.Probe of(Probe p, ContainerSpec c) {
        io.fabric8.kubernetes.api.model.Probe b = new io.fabric8.kubernetes.api.model.Probe();
        Probe.Action action = p.action();
        if (action instanceof Probe.HttpGet h) {
            HTTPGetAction get = new HTTPGetAction();
            get.setPath(h.path());
            get.setPort(new IntOrString(h.port()));
            if (!h.headers().isEmpty()) {
                List<HTTPHeader> headers = new ArrayList<>(h.headers().size());
                h.headers().forEach(x -> headers.add(new HTTPHeader(x.name(), x.value())));
                get.setHttpHeaders(headers);
            }
            b.setHttpGet(get);
        } else if (action instanceof Probe.TcpSocket t) {
            TCPSocketAction tcp = new TCPSocketAction();
            tcp.setPort(new IntOrString(t.port()));
            b.setTcpSocket(tcp);
        } else if (action instanceof Probe.Grpc g) {
            // a name the container lacks renders as 0, which reference.unresolved reports by the name
            int port = c.ports().stream().filter(x -> x.name().equals(g.port())).mapToInt(PortSpec::number).findFirst().orElse(0);
            GRPCAction grpc = new GRPCAction();
            grpc.setPort(port);
            grpc.setService(g.service().orElse(null));
            b.setGrpc(grpc);
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

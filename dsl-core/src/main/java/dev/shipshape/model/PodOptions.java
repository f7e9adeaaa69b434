package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a component sets on its pods and objects beyond its containers: labels and annotations, scheduling, image
 * pull secrets, shutdown timing, rollout and zone spreading.
 *
 * <pre>{@code
 * PodOptions pod = app.model().workloads().get(0).pod();
 * pod.nodeSelector();            // {disktype=ssd}
 * pod.terminationGracePeriod();  // Optional[PT45S]
 * }</pre>
 *
 * @param labels                 labels on the component's objects and pods (never on selectors)
 * @param annotations            annotations on the component's objects and pods
 * @param nodeSelector           node labels the pods require
 * @param tolerations            taints the pods tolerate
 * @param imagePullSecrets       Secrets the kubelet pulls the images with
 * @param terminationGracePeriod time the pods get to stop; empty: Kubernetes' 30 s
 * @param preStop                a pause before the main container is sent SIGTERM, so load balancers stop sending
 *                               traffic first; empty: none
 * @param spreadAcrossZones      spread the pods over zones when at least 2 run (a soft constraint)
 * @param rollingUpdate          rollout settings of a Deployment; empty: Kubernetes' 25 % / 25 %
 * @param security               who the pods run as, and whether they get an API token
 * @param egress                 traffic to outside the app the pods may send
 * @param ingressFrom            traffic from other namespaces the pods may receive ({@code allowFromNamespace})
 * @param exposure               how a web service or static site is reached from outside the cluster, if it is
 */
public record PodOptions(SortedMap<String, String> labels, SortedMap<String, String> annotations,
                         SortedMap<String, String> nodeSelector, List<Toleration> tolerations,
                         List<SecretSpec> imagePullSecrets, Optional<Duration> terminationGracePeriod,
                         Optional<Duration> preStop, boolean spreadAcrossZones, Optional<RollingUpdate> rollingUpdate,
                         PodSecurity security, List<EgressRule> egress, List<NamespaceIngress> ingressFrom,
                         Optional<Exposure> exposure) {

    /**
     * Copies the collections; rejects null parts.
     *
     * @param labels labels on the component's objects and pods (never on selectors)
     * @param annotations annotations on the component's objects and pods
     * @param nodeSelector node labels the pods require
     * @param tolerations taints the pods tolerate
     * @param imagePullSecrets Secrets the kubelet pulls the images with
     * @param terminationGracePeriod time the pods get to stop; empty: Kubernetes' 30 s
     * @param preStop a pause before the main container is sent SIGTERM, so load balancers stop sending traffic first; empty: none
     * @param spreadAcrossZones spread the pods over zones when at least 2 run (a soft constraint)
     * @param rollingUpdate rollout settings of a Deployment; empty: Kubernetes' 25 % / 25 %
     * @param security who the pods run as, and whether they get an API token
     * @param egress traffic to outside the app the pods may send
     * @param ingressFrom traffic from other namespaces the pods may receive ({@code allowFromNamespace})
     * @param exposure how a web service or static site is reached from outside the cluster, if it is
     */
    public PodOptions {
        labels = copy(labels, "labels");
        annotations = copy(annotations, "annotations");
        nodeSelector = copy(nodeSelector, "nodeSelector");
        tolerations = Args.list(tolerations, "tolerations");
        imagePullSecrets = Args.list(imagePullSecrets, "imagePullSecrets");
        Args.notNull(terminationGracePeriod, "terminationGracePeriod");
        Args.notNull(preStop, "preStop");
        Args.notNull(rollingUpdate, "rollingUpdate");
        Args.notNull(security, "security");
        egress = Args.list(egress, "egress");
        ingressFrom = Args.list(ingressFrom, "ingressFrom");
        Args.notNull(exposure, "exposure");
    }

    /**
     * No options: Kubernetes' defaults, zone spreading on.
     *
     * @return the defaults
     */
    public static PodOptions defaults() {
        return new PodOptions(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), List.of(), List.of(), Optional.empty(),
                Optional.empty(), true, Optional.empty(), PodSecurity.restricted(), List.of(), List.of(), Optional.empty());
    }

    private static SortedMap<String, String> copy(Map<String, String> m, String what) {
        return Args.sortedCopy(m, what);
    }
}

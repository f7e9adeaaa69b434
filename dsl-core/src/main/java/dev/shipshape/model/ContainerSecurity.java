package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a container may do beyond the Pod Security Standards "restricted" level Shipshape renders by default
 * (no privilege escalation, every capability dropped, a read-only root filesystem).
 *
 * <pre>{@code
 * app.webService("web", image).writablePath("/tmp").addCapability("NET_BIND_SERVICE", "binds port 80 itself");
 * app.model().workloads().get(0).container().security().writablePaths();   // [/tmp]
 * }</pre>
 *
 * @param writableRootFilesystem the root filesystem stays writable (an opt-out, with a reason given as a waiver)
 * @param addedCapabilities      Linux capabilities added back after dropping all ({@code NET_BIND_SERVICE}, …)
 * @param writablePaths          paths mounted as emptyDir volumes, writable although the root filesystem is not
 */
public record ContainerSecurity(boolean writableRootFilesystem, SortedSet<String> addedCapabilities, List<String> writablePaths) {

    /**
     * Copies the collections; rejects null parts.
     *
     * @param writableRootFilesystem the root filesystem stays writable
     * @param addedCapabilities capabilities added back
     * @param writablePaths paths mounted as emptyDir volumes
     */
    public ContainerSecurity {
        addedCapabilities = Collections.unmodifiableSortedSet(new TreeSet<>(Args.notNull(addedCapabilities, "addedCapabilities")));
        writablePaths = Args.list(writablePaths, "writablePaths");
    }

    /**
     * The default: read-only root filesystem, no capability, no writable path.
     *
     * @return the default
     */
    public static ContainerSecurity restricted() {
        return new ContainerSecurity(false, new TreeSet<>(), List.of());
    }
}

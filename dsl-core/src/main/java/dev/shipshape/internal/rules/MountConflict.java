package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mount.conflict}: two volume mounts of one container at the same path, which the API server refuses (core
 * {@code ValidateVolumeMounts}: {@code mountPath: must be unique}).
 */
final class MountConflict extends BaseRule {

    MountConflict() {
        super(RuleDeclaration.error("mount.conflict",
                "two volume mounts of one container at one path (refused by the API server; the DSL refuses "
                + "it at once)",
                "mount one elsewhere"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        List<VolumeMount> mounts = c.container().getVolumeMounts();
        if (mounts == null) {
            return;
        }
        Map<String, VolumeMount> seen = new HashMap<>();
        for (VolumeMount m : mounts) {
            if (m == null || m.getMountPath() == null) {
                continue;
            }
            VolumeMount first = seen.putIfAbsent(m.getMountPath(), m);
            if (first != null) {
                findings.report(c.place().child("mount:" + m.getMountPath()), c.describe() + " mounts both volume '"
                                + first.getName() + "' and volume '" + m.getName() + "' at " + m.getMountPath()
                                + "; the API server refuses two mounts at one path.",
                        "mount one of them at another path.");
            }
        }
    }
}

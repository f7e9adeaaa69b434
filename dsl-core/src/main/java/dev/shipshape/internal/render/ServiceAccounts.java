package dev.shipshape.internal.render;

import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;

/** One ServiceAccount per workload, named after it; its token is mounted only where asked (on the pod). Not API. */
final class ServiceAccounts {

    private ServiceAccounts() {
    }

    static void render(WorkloadSpec w, RenderContext.Scope out) {
        ServiceAccount account = new ServiceAccount();
        account.setMetadata(out.meta(w, w.name()));
        account.setAutomountServiceAccountToken(false);
        out.add(account);
    }
}

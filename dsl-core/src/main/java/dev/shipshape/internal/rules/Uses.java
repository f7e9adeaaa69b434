package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Place;
import dev.shipshape.model.AddressUse;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.WorkloadSpec;
import java.util.ArrayList;
import java.util.List;

/** Every typed address an app's model uses, with where violations of it are reported. */
final class Uses {

    /**
     * One use.
     *
     * @param place where it is written: {@code …/container:web/env:CATALOG_ADDR}, {@code …/config:settings/entry:upstream}
     * @param use   the address and where it is used
     */
    record At(Place place, AddressUse use) {
    }

    private Uses() {
    }

    /** The uses of the containers of every workload, then of every config. */
    static List<At> of(AppSpec app) {
        List<At> out = new ArrayList<>();
        for (WorkloadSpec w : app.workloads()) {
            for (ContainerSpec c : w.containers()) {
                for (AddressUse u : c.addresses()) {
                    out.add(new At(container(w, c).child(u.where()), u));
                }
            }
        }
        for (ConfigSpec c : app.configs()) {
            for (AddressUse u : c.addresses()) {
                out.add(new At(Place.of(c.id()).child(u.where()), u));
            }
        }
        return out;
    }

    /** Where a container of the model is reported: {@code …/container:web}, or {@code …/initContainer:proxy} for a sidecar or an init container (as rendered). */
    static Place container(WorkloadSpec w, ContainerSpec c) {
        return Place.of(w.id()).child((c.role() == ContainerSpec.Role.MAIN ? "container:" : "initContainer:") + c.name());
    }
}

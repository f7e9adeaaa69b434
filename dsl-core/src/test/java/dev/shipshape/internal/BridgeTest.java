package dev.shipshape.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.internal.lang.Handoff;
import dev.shipshape.model.AppId;
import dev.shipshape.render.Manifests;
import org.junit.jupiter.api.Test;

/** Only Shipshape's own classes hand their constructors over to the bridge, once: nobody can take the place of one. */
class BridgeTest {

    @Test
    void the_factories_cannot_be_replaced_once_the_api_classes_set_them() throws ReflectiveOperationException {
        Shipshape.app("shop"); // initializes AppId
        Class.forName(Manifests.class.getName(), true, Manifests.class.getClassLoader());
        assertThatThrownBy(() -> Handoff.offer(AppId.class, name -> null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("AppId factory already set");
        assertThatThrownBy(() -> Handoff.offer(Manifests.class, checked -> null))
                .isInstanceOf(IllegalStateException.class).hasMessage("Manifests factory already set");
        assertThat(Bridge.newAppId("shop")).isNotNull().isNotEqualTo(Bridge.newAppId("shop"));
    }
}

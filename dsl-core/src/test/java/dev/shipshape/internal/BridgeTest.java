package dev.shipshape.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.render.Manifests;
import org.junit.jupiter.api.Test;

/** Only Shipshape's own classes hand their constructors to the bridge, once: nobody can take the place of one. */
class BridgeTest {

    @Test
    void the_factories_cannot_be_replaced_once_the_api_classes_set_them() throws ReflectiveOperationException {
        Shipshape.app("shop"); // initializes AppId
        Class.forName(Manifests.class.getName(), true, Manifests.class.getClassLoader());
        assertThatThrownBy(() -> Bridge.appIds(name -> null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("AppId factory already set");
        assertThatThrownBy(() -> Bridge.manifests((app, objects, warnings) -> null))
                .isInstanceOf(IllegalStateException.class).hasMessage("Manifests factory already set");
        assertThat(Bridge.newAppId("shop")).isNotNull().isNotEqualTo(Bridge.newAppId("shop"));
    }
}

package dev.shipshape.internal.objects;

import dev.shipshape.model.AppId;
import dev.shipshape.model.ComponentId;
import java.util.Objects;
import java.util.Optional;

/** Where an object under check came from; decides how its violations name it. Not API. */
public sealed interface Origin {

    /**
     * Rendered by Shipshape for a component of an app, or for the app as a whole (its Namespace).
     *
     * @param app       the app
     * @param component the component, empty for an object of the whole app
     */
    record Rendered(AppId app, Optional<ComponentId> component) implements Origin {
        /** Checks the parts. */
        public Rendered {
            Objects.requireNonNull(app, "app");
            Objects.requireNonNull(component, "component");
        }

        /** Rendered for {@code component}. */
        public static Rendered of(ComponentId component) {
            return new Rendered(component.app(), Optional.of(component));
        }
    }

    /**
     * Added to an app with {@code app.include(…)}, as an object or from a file.
     *
     * @param app  the app
     * @param file the file it was read from, if any
     * @param line the line its document starts on (1-based), when read from a file
     */
    record Included(AppId app, Optional<String> file, int line) implements Origin {
        /** Checks the app and file. */
        public Included {
            Objects.requireNonNull(app, "app");
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * Read by {@code Shipshape.check(…)} from a manifest file.
     *
     * @param file the file, as given
     * @param line the line its document starts on (1-based)
     */
    record File(String file, int line) implements Origin {
        /** Checks the file. */
        public File {
            Objects.requireNonNull(file, "file");
        }
    }
}

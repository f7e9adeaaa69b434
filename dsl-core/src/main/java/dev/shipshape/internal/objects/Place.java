package dev.shipshape.internal.objects;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentId;
import java.util.Optional;

/**
 * Where a violation is: built by the rule that finds it, printed once as the violation's path. An object Shipshape
 * rendered is named by its component ({@code journal/webService:frontend}), an included object by its app, kind and
 * name ({@code journal/Deployment:legacy}), an object read from a file by the file, the line its document starts on,
 * its kind and name ({@code k8s/app.yaml#L12/Deployment:web}); below that the segments are the same for all
 * ({@code /container:web/resources/cpu}). Not API.
 */
public final class Place {

    private final String path;
    private final Optional<ComponentId> component;
    private final Optional<Item> item;

    private Place(String path, Optional<ComponentId> component, Optional<Item> item) {
        this.path = path;
        this.component = component;
        this.item = item;
    }

    /** A component of the model: {@code journal/webService:frontend}. */
    public static Place of(ComponentId component) {
        return new Place(component.path(), Optional.of(component), Optional.empty());
    }

    /** The application as a whole: its name. */
    public static Place of(AppSpec app) {
        return new Place(app.path(), Optional.empty(), Optional.empty());
    }

    /** A file, or a line of it ({@code line} > 0), for what could not be read as an object: {@code k8s/app.yaml#L12}. */
    public static Place ofFile(String file, int line) {
        return new Place(line > 0 ? file + "#L" + line : file, Optional.empty(), Optional.empty());
    }

    static Place of(Item item) {
        Origin origin = item.origin();
        // an object named by the API server at creation: its prefix and a star, as in Job:migrate-*
        String name = item.name().isEmpty() && !item.generateName().isEmpty() ? item.generateName() + "*" : item.name();
        String object = segment(item.kind()) + ":" + segment(name);
        if (origin instanceof Origin.Rendered r) {
            return r.component().map(c -> new Place(c.path(), Optional.of(c), Optional.of(item)))
                    .orElseGet(() -> new Place(r.app().name() + "/" + object, Optional.empty(), Optional.of(item)));
        }
        if (origin instanceof Origin.Included i) {
            String file = i.file().map(f -> f + "#L" + i.line() + "/").orElse("");
            return new Place(i.app().name() + "/" + file + object, Optional.empty(), Optional.of(item));
        }
        Origin.File f = (Origin.File) origin;
        return new Place(f.file() + "#L" + f.line() + "/" + object, Optional.empty(), Optional.of(item));
    }

    /**
     * The component part of an application's path: the app and its first {@code kind:name} segment
     * ({@code journal/webService:frontend} of {@code journal/webService:frontend/container:frontend/resources}), or the
     * path itself when it has fewer segments.
     */
    public static String component(String path) {
        int first = path.indexOf('/');
        int second = first == -1 ? -1 : path.indexOf('/', first + 1);
        return second == -1 ? path : path.substring(0, second);
    }

    private static String segment(String s) {
        return s.isEmpty() ? "?" : s;
    }

    /** A place below this one: {@code place.child("resources").child("cpu")}. */
    public Place child(String segment) {
        return new Place(path + "/" + segment, component, item);
    }

    /** The path printed in the violation. */
    public String path() {
        return path;
    }

    /** The component the place belongs to, if it belongs to one. */
    public Optional<ComponentId> component() {
        return component;
    }

    /** The object the place is in, if it is in one. */
    public Optional<Item> item() {
        return item;
    }

    @Override
    public String toString() {
        return path;
    }
}

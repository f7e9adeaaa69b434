package dev.shipshape.render;

import dev.shipshape.dsl.App;
import java.nio.file.Path;

/**
 * A child process for {@link ManifestWriterConcurrencyTest}: renders the sample app in the namespace given and writes
 * it to the directory given, {@code rounds} times ({@code 0}: until killed), then prints {@code done}.
 */
public final class WriterChild {

    private WriterChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String namespace = args[1];
        int rounds = Integer.parseInt(args[2]);
        App app = RenderTest.sample();
        app.namespace(namespace);
        Manifests manifests = app.render();
        for (int i = 0; rounds == 0 || i < rounds; i++) {
            manifests.writeTo(dir);
            if (i == 0) {
                System.out.println("wrote");
                System.out.flush();
            }
        }
        System.out.println("done");
    }
}

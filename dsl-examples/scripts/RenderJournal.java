// A single-file Java program (JEP 330): renders the journal app with no build of your own.
//
//   mvn -q -pl dsl-examples -am install -DskipTests
//   mvn -q -pl dsl-examples dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
//   java -cp "dsl-examples/target/classes:$(cat dsl-examples/target/classpath.txt)" dsl-examples/scripts/RenderJournal.java out/
//
// Edit the parameters below and run it again: it prints what changed and which workloads will roll.
import dev.shipshape.examples.Journal;
import dev.shipshape.examples.JournalParameters.Environment;
import dev.shipshape.examples.JournalParameters.Region;
import dev.shipshape.examples.JournalParameters;
import dev.shipshape.render.Manifests;
import java.nio.file.Path;

public class RenderJournal {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "out");
        JournalParameters params = JournalParameters.of(Environment.DEV, Region.EU).withJournalEntries(10);
        Manifests manifests = Journal.define(params).render();
        System.out.print(manifests.diff(out).describe());
        manifests.writeTo(out);
        System.out.println("wrote " + manifests.size() + " objects to " + out.toAbsolutePath());
    }
}

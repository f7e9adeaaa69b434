// Writes the files of the README's "Use Shipshape in your project" section into a directory, so CI can build the
// project a new user would build from the README alone. A file is a fenced block whose caption line, just above it,
// is the file's path in backticks followed by a colon:
//
//   `src/main/java/com/example/deploy/ShopApp.java`:
//   ```java
//   ...
//   ```
//
// Only the blocks of one section (a "## " heading and what follows it up to the next) are written: by default
// "Use Shipshape in your project"; .ci/readme-ci takes those of "Check in CI".
//
// Usage: java .ci/ReadmeProject.java README.md <dir> [section]   (prints the files written)
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ReadmeProject {
    public static void main(String[] args) throws Exception {
        List<String> all = Files.readAllLines(Path.of(args[0]));
        String section = "## " + (args.length > 2 ? args[2] : "Use Shipshape in your project");
        int from = all.indexOf(section);
        if (from < 0) {
            throw new IllegalStateException("no section '" + section + "' in " + args[0]);
        }
        int to = from + 1;
        while (to < all.size() && !all.get(to).startsWith("## ")) {
            to++;
        }
        List<String> lines = all.subList(from, to);
        Path dir = Path.of(args[1]);
        Pattern caption = Pattern.compile("^`([A-Za-z0-9_./-]+)`:$");
        int written = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = caption.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            int fence = i + 1;
            while (fence < lines.size() && lines.get(fence).isBlank()) {
                fence++;
            }
            if (fence >= lines.size() || !lines.get(fence).startsWith("```")) {
                throw new IllegalStateException("caption `" + m.group(1) + "` on line " + (i + 1) + " has no block below it");
            }
            StringBuilder content = new StringBuilder();
            int j = fence + 1;
            while (j < lines.size() && !lines.get(j).startsWith("```")) {
                content.append(lines.get(j)).append('\n');
                j++;
            }
            Path file = dir.resolve(m.group(1)).normalize();
            if (!file.startsWith(dir.normalize())) {
                throw new IllegalStateException("caption `" + m.group(1) + "` leaves the project directory");
            }
            Files.createDirectories(file.getParent() == null ? dir : file.getParent());
            Files.writeString(file, content.toString());
            System.out.println(m.group(1));
            written++;
            i = j;
        }
        if (written == 0) {
            throw new IllegalStateException("no captioned files in section '" + section + "' of " + args[0]);
        }
    }
}

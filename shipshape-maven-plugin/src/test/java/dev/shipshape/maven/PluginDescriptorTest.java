package dev.shipshape.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin descriptor maven-plugin-plugin generated from the goals (what {@code mvn help:describe} prints): the goals,
 * their default phases, and every parameter a user sets documented and given a user property.
 */
class PluginDescriptorTest {

    private static Document descriptor() throws Exception {
        Path plugin = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertThat(plugin).as("generated in process-classes").isRegularFile();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(plugin));
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
    }

    @Test
    void the_goals_have_their_prefix_and_phases() throws Exception {
        Document d = descriptor();
        assertThat(d.getDocumentElement().getElementsByTagName("goalPrefix").item(0).getTextContent()).isEqualTo("shipshape");
        Map<String, String> phases = new HashMap<>();
        NodeList mojos = d.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element m = (Element) mojos.item(i);
            phases.put(text(m, "goal"), text(m, "phase"));
        }
        assertThat(phases).containsEntry("render", "package").containsEntry("check", "verify").containsKey("diff")
                .containsKey("help");
    }

    @Test
    void every_parameter_a_user_sets_is_documented_and_has_a_user_property() throws Exception {
        NodeList mojos = descriptor().getElementsByTagName("mojo");
        int checked = 0;
        for (int i = 0; i < mojos.getLength(); i++) {
            Element m = (Element) mojos.item(i);
            String goal = text(m, "goal");
            if (goal.equals("help")) {
                continue;
            }
            assertThat(text(m, "description")).as(goal).isNotBlank();
            Element parameters = (Element) m.getElementsByTagName("parameters").item(0);
            NodeList ps = parameters.getElementsByTagName("parameter");
            Element configuration = (Element) m.getElementsByTagName("configuration").item(0);
            for (int j = 0; j < ps.getLength(); j++) {
                Element p = (Element) ps.item(j);
                String name = text(p, "name");
                if (text(p, "editable").equals("false")) {
                    continue; // ${project}
                }
                assertThat(text(p, "description")).as(goal + " " + name).isNotBlank();
                Element conf = (Element) configuration.getElementsByTagName(name).item(0);
                assertThat(conf).as(goal + " " + name + " has a user property").isNotNull();
                assertThat(conf.getTextContent()).as(goal + " " + name).startsWith("${shipshape.");
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }
}

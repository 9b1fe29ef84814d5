package com.salondesk.app.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Every FXML layout takes the words it shows from the bundles: {@code text="%key"}, never the words themselves. */
class FxmlTextsTest {

    /** The attributes (and property elements) of a layout that a person reads or hears. */
    private static final Set<String> WORDS = Set.of("text", "promptText", "title", "headerText", "contentText",
            "accessibleText", "accessibleHelp", "accessibleRoleDescription");
    private static final Path LAYOUTS = Path.of("src/main/resources");

    @Test
    void everyLayoutSaysOnlyWhatTheBundlesSay() throws Exception {
        List<Path> layouts;
        try (Stream<Path> files = Files.walk(LAYOUTS)) {
            layouts = files.filter(f -> f.toString().endsWith(".fxml")).sorted().toList();
        }
        assertThat(layouts).as("the app's layouts").hasSizeGreaterThanOrEqualTo(6);
        List<String> problems = new ArrayList<>();
        for (Path layout : layouts) {
            problems.addAll(problems(LAYOUTS.relativize(layout).toString(), Files.readString(layout)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aPlantedWordAndAMissingKeyAreCaught() throws Exception {
        String layout = """
                <?import javafx.scene.control.*?>
                <VBox xmlns:fx="http://javafx.com/fxml">
                  <Label text="%book.branch"/>
                  <Label text="Opening hours"/>
                  <TextField promptText="%no.such.key"/>
                  <Button><tooltip><Tooltip text="Next day"/></tooltip></Button>
                  <Label><text>Closed</text></Label>
                </VBox>""";
        assertThat(problems("planted.fxml", layout)).containsExactly(
                "planted.fxml: <Label text=\"Opening hours\"> is not from the bundle (write %key)",
                "planted.fxml: <TextField promptText=\"%no.such.key\"> names no text in English",
                "planted.fxml: <TextField promptText=\"%no.such.key\"> names no text in German",
                "planted.fxml: <Tooltip text=\"Next day\"> is not from the bundle (write %key)",
                "planted.fxml: <Label text=\"Closed\"> is not from the bundle (write %key)");
    }

    static List<String> problems(String name, String fxml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(fxml))).getDocumentElement();
        List<String> problems = new ArrayList<>();
        check(name, root, problems);
        return problems;
    }

    private static void check(String name, Element element, List<String> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            if (WORDS.contains(attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName())) {
                checkWords(name, element.getTagName(), attribute.getNodeName(), attribute.getNodeValue(), problems);
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                if (WORDS.contains(child.getTagName()) && child.getElementsByTagName("*").getLength() == 0) {
                    // <Label><text>Closed</text></Label>: a property written as an element.
                    checkWords(name, element.getTagName(), child.getTagName(), child.getTextContent().strip(),
                            problems);
                } else {
                    check(name, child, problems);
                }
            }
        }
    }

    private static void checkWords(String name, String tag, String attribute, String value, List<String> problems) {
        String where = name + ": <" + tag + " " + attribute + "=\"" + value + "\">";
        if (value.isEmpty() || value.startsWith("$") || value.startsWith("${")) {
            return;
        }
        if (!value.startsWith("%")) {
            problems.add(where + " is not from the bundle (write %key)");
            return;
        }
        String key = value.substring(1);
        if (!BundleFiles.english().containsKey(key)) {
            problems.add(where + " names no text in English");
        }
        if (!BundleFiles.german().containsKey(key)) {
            problems.add(where + " names no text in German");
        }
    }
}

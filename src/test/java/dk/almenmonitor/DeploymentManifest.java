package dk.almenmonitor;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/**
 * The example Kubernetes deployment (docs/deploy/almenmonitor.yaml), the image's Jib configuration (pom.xml, profile
 * {@code image}) and the production profile, read as the tests compare them.
 */
final class DeploymentManifest {

    static final Path FILE = Path.of("docs/deploy/almenmonitor.yaml");

    final List<Map<String, Object>> documents = new ArrayList<>();

    @SuppressWarnings("unchecked")
    DeploymentManifest() throws IOException {
        try (Reader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            for (Object document : new Yaml().loadAll(reader)) {
                documents.add((Map<String, Object>) document);
            }
        }
    }

    List<Map<String, Object>> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    Map<String, Object> deployment() {
        List<Map<String, Object>> deployments = ofKind("Deployment");
        if (deployments.size() != 1) {
            throw new IllegalStateException("expected one Deployment, found " + deployments.size());
        }
        return deployments.get(0);
    }

    Map<String, Object> podSpec() {
        return map(map(map(deployment(), "spec"), "template"), "spec");
    }

    Map<String, Object> container() {
        return list(podSpec(), "containers").get(0);
    }

    /** The container's ports by name. */
    Map<String, Integer> containerPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Map<String, Object> port : list(container(), "ports")) {
            ports.put((String) port.get("name"), (Integer) port.get("containerPort"));
        }
        return ports;
    }

    /** The HTTP GET of a probe ({@code livenessProbe}, …): its path and the container port number it goes to. */
    Probe probe(String kind) {
        Map<String, Object> get = map(map(container(), kind), "httpGet");
        Object port = get.get("port");
        int number = port instanceof Integer n ? n : containerPorts().get((String) port);
        return new Probe((String) get.get("path"), number);
    }

    /** The container's environment variables that have a plain value. */
    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        for (Map<String, Object> variable : list(container(), "env")) {
            if (variable.get("value") != null) {
                env.put((String) variable.get("name"), String.valueOf(variable.get("value")));
            }
        }
        return env;
    }

    /** The names of the environment variables read from a Secret. */
    List<String> secretEnv() {
        return list(container(), "env").stream().filter(v -> v.get("valueFrom") != null
                && map(map(v, "valueFrom"), "secretKeyRef") != null).map(v -> (String) v.get("name")).toList();
    }

    record Probe(String path, int port) {
    }

    /** What the image's Jib configuration in pom.xml says. */
    record Image(List<Integer> ports, String user, Map<String, String> environment) {

        static Image fromPom() throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile()).getDocumentElement();
            Element profile = null;
            NodeList profiles = pom.getElementsByTagName("profile");
            for (int i = 0; i < profiles.getLength(); i++) {
                Element candidate = (Element) profiles.item(i);
                if ("image".equals(text(candidate, "id"))) {
                    profile = candidate;
                }
            }
            if (profile == null) {
                throw new IllegalStateException("no profile \"image\" in pom.xml");
            }
            Element container = (Element) profile.getElementsByTagName("container").item(0);
            List<Integer> ports = new ArrayList<>();
            NodeList portNodes = container.getElementsByTagName("port");
            for (int i = 0; i < portNodes.getLength(); i++) {
                ports.add(Integer.parseInt(portNodes.item(i).getTextContent().strip()));
            }
            Map<String, String> environment = new LinkedHashMap<>();
            NodeList variables = ((Element) container.getElementsByTagName("environment").item(0)).getChildNodes();
            for (int i = 0; i < variables.getLength(); i++) {
                if (variables.item(i) instanceof Element variable) {
                    environment.put(variable.getTagName(), variable.getTextContent().strip());
                }
            }
            return new Image(ports, text(container, "user"), environment);
        }

        private static String text(Element parent, String tag) {
            NodeList nodes = parent.getElementsByTagName(tag);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
        }
    }

    /** src/main/resources/application-production.properties as the application reads it from the class path. */
    static Properties productionProfile() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DeploymentManifest.class.getResourceAsStream("/application-production.properties")) {
            properties.load(in);
        }
        return properties;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        return (List<Map<String, Object>>) parent.get(key);
    }
}

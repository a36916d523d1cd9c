package org.matdesign.spark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Manifest;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.matdesign.api.Contribution;
import org.matdesign.api.ContributionRegistry;
import org.matdesign.api.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The contribution registry of a plain class path (a Spark driver or executor, where no OSGi framework runs): every
 * {@code plugin.xml} on the class path read for the same extension points and attributes as the OSGi registry, the
 * classes created by their no-argument constructors. In the jar spark-submit takes, the bundles' plugin.xml files are
 * merged into one, so their contributions report this jar as their bundle.
 */
final class ClasspathRegistry {

    private static final String SPARK_JAR = "org.matdesign.spark";
    private static ContributionRegistry installed;

    private ClasspathRegistry() {
    }

    /** The registry of this JVM's class path, read once. */
    static synchronized ContributionRegistry get() {
        if (installed == null) {
            installed = read(ClasspathRegistry.class.getClassLoader());
        }
        return installed;
    }

    static ContributionRegistry read(ClassLoader loader) {
        List<Contribution> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources("plugin.xml"))) {
                String bundle = bundleOf(url);
                try (InputStream in = url.openStream()) {
                    collect(parse(in), bundle, loader, found);
                } catch (SAXException | IOException e) {
                    throw new IllegalStateException("cannot read " + url + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the plugin.xml files of the class path: " + e.getMessage(), e);
        }
        return ContributionRegistry.of(found);
    }

    private static void collect(Document plugin, String bundle, ClassLoader loader, List<Contribution> found) {
        NodeList extensions = plugin.getElementsByTagName("extension");
        for (int i = 0; i < extensions.getLength(); i++) {
            Element extension = (Element) extensions.item(i);
            Role role = roleOf(extension.getAttribute("point"));
            if (role == null) {
                continue;
            }
            NodeList children = extension.getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j) instanceof Element e) {
                    Contribution.fromExtension(role, configuration(e, loader), bundle,
                            problem -> System.err.println("note: " + problem)).ifPresent(found::add);
                }
            }
        }
    }

    private static Role roleOf(String point) {
        for (Role role : Role.values()) {
            if (role.extensionPointId().equals(point)) {
                return role;
            }
        }
        return null;
    }

    /**
     * As Eclipse's executable extensions: {@code class="Name:data"} creates Name and hands it the data through
     * {@link IExecutableExtension#setInitializationData}, with a configuration element that answers its attributes.
     */
    private static Object create(Element e, String attribute, ClassLoader loader) throws CoreException {
        String value = e.getAttribute(attribute);
        int colon = value.indexOf(':');
        String className = colon < 0 ? value : value.substring(0, colon);
        try {
            Object created = Class.forName(className.trim(), true, loader).getDeclaredConstructor().newInstance();
            if (created instanceof IExecutableExtension extension) {
                extension.setInitializationData(configuration(e, loader), attribute, colon < 0 ? null
                        : value.substring(colon + 1));
            }
            return created;
        } catch (ReflectiveOperationException | LinkageError e1) {
            throw new IllegalStateException("cannot create " + className + ": " + e1, e1);
        }
    }

    /**
     * The element as Eclipse's registry would hand it over: its name, its attributes, and its classes created as
     * executable extensions; anything else a contribution asks of it is not known outside OSGi.
     */
    private static IConfigurationElement configuration(Element e, ClassLoader loader) {
        return (IConfigurationElement) Proxy.newProxyInstance(ClasspathRegistry.class.getClassLoader(),
                new Class<?>[] {IConfigurationElement.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> e.hasAttribute((String) args[0]) ? e.getAttribute((String) args[0]) : null;
                    case "createExecutableExtension" -> create(e, (String) args[0], loader);
                    case "getName" -> e.getTagName();
                    case "isValid" -> true;
                    case "toString" -> "<" + e.getTagName() + " id=\"" + e.getAttribute("id") + "\">";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName()
                            + " of a plugin.xml element outside OSGi");
                });
    }

    /** The Bundle-SymbolicName of the jar the plugin.xml sits in (this jar when they were merged). */
    private static String bundleOf(URL pluginXml) {
        String text = pluginXml.toString();
        try (InputStream in = new URL(text.substring(0, text.length() - "plugin.xml".length())
                + "META-INF/MANIFEST.MF").openStream()) {
            String name = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
            return name == null ? SPARK_JAR : name.split(";")[0].trim();
        } catch (IOException e) {
            return SPARK_JAR;
        }
    }

    private static Document parse(InputStream in) throws SAXException, IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.matdesign.install.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A copy of the built update site in which some jars were changed after signing, with the site's artifact checksums
 * recomputed for them: so what refuses such a site is the signature check, not p2's download checksum.
 */
final class SiteCopy {

    private final Path root;

    private SiteCopy(Path root) {
        this.root = root;
    }

    /** Links (or copies) every file of the site into {@code target}; the artifact metadata becomes plain artifacts.xml. */
    static SiteCopy of(Path site, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(site.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!List.of("artifacts.jar", "artifacts.xml.xz", "p2.index").contains(file.getFileName().toString())) {
                    try {
                        Files.createLink(copy, file);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(file, copy);
                    }
                }
            }
        }
        try (ZipFile artifacts = new ZipFile(site.resolve("artifacts.jar").toFile())) {
            try (InputStream in = artifacts.getInputStream(artifacts.getEntry("artifacts.xml"))) {
                Files.copy(in, target.resolve("artifacts.xml"));
            }
        }
        Files.writeString(target.resolve("p2.index"), """
                version=1
                artifact.repository.factory.order=artifacts.xml,!
                metadata.repository.factory.order=content.xml.xz,content.xml,!
                """);
        return new SiteCopy(target);
    }

    Path root() {
        return root;
    }

    /** The plugin jar of a bundle in this copy. */
    Path plugin(String bundle) throws IOException {
        try (Stream<Path> plugins = Files.list(root.resolve("plugins"))) {
            return plugins.filter(p -> p.getFileName().toString().startsWith(bundle + "_")).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + bundle + " in " + root));
        }
    }

    /** Changes one byte of the first class file inside the jar, keeping its signature files as they were. */
    void tamper(Path jar) throws IOException {
        boolean[] changed = {false};
        rewrite(jar, (EntryEdit) (name, bytes) -> {
            if (!changed[0] && name.endsWith(".class")) {
                changed[0] = true;
                bytes[bytes.length - 1] ^= 1;
            }
            return bytes;
        });
        if (!changed[0]) {
            throw new AssertionError(jar + " has no class file to tamper with");
        }
    }

    /**
     * Removes the signature (the signature files and the manifest's digests) of a feature's jar and of every plugin
     * the feature lists: what installing that feature downloads.
     */
    void unsign(String featureId) throws IOException {
        Path feature;
        try (Stream<Path> features = Files.list(root.resolve("features"))) {
            feature = features.filter(p -> p.getFileName().toString().startsWith(featureId + "_")).findFirst()
                    .orElseThrow(() -> new AssertionError("no feature " + featureId + " in " + root));
        }
        List<String> plugins = pluginsOf(feature);
        EntryEdit strip = new EntryEdit() {
            @Override
            public boolean edits(String name) {
                return name.toUpperCase(Locale.ROOT).startsWith("META-INF/");
            }

            @Override
            public byte[] edit(String name, byte[] bytes) {
                return withoutSignature(name, bytes);
            }
        };
        rewrite(feature, strip);
        for (String plugin : plugins) {
            rewrite(plugin(plugin), strip);
        }
    }

    private static List<String> pluginsOf(Path featureJar) throws IOException {
        try (ZipFile jar = new ZipFile(featureJar.toFile()); InputStream xml = jar.getInputStream(jar.getEntry("feature.xml"))) {
            NodeList plugins = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml)
                    .getElementsByTagName("plugin");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < plugins.getLength(); i++) {
                ids.add(((Element) plugins.item(i)).getAttribute("id"));
            }
            return ids;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot read feature.xml of " + featureJar + ": " + e, e);
        }
    }

    private static byte[] withoutSignature(String name, byte[] bytes) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".EC") || upper.endsWith(".DSA"))) {
            return null;
        }
        if (upper.equals(JarFile.MANIFEST_NAME)) {
            try {
                Manifest signed = new Manifest(new ByteArrayInputStream(bytes));
                Manifest plain = new Manifest();
                plain.getMainAttributes().putAll(signed.getMainAttributes());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                plain.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }

    interface EntryEdit {
        /** Whether this entry is edited (read whole); the others are streamed across unchanged. */
        default boolean edits(String name) {
            return true;
        }

        /** The new content of an entry, or null to drop it. */
        byte[] edit(String name, byte[] bytes);
    }

    /** Writes the jar anew (never into the linked original) and records its new size and checksums. */
    private void rewrite(Path jar, EntryEdit edit) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".new");
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(rewritten);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : in.stream().toList()) {
                try (InputStream data = in.getInputStream(entry)) {
                    if (entry.isDirectory() || !edit.edits(entry.getName())) {
                        out.putNextEntry(new ZipEntry(entry.getName()));
                        data.transferTo(out); // native libraries of hundreds of MB never sit in memory
                        out.closeEntry();
                        continue;
                    }
                    byte[] edited = edit.edit(entry.getName(), data.readAllBytes());
                    if (edited != null) {
                        out.putNextEntry(new ZipEntry(entry.getName()));
                        out.write(edited);
                        out.closeEntry();
                    }
                }
            }
        }
        Files.delete(jar);
        Files.move(rewritten, jar);
        updateChecksums(jar);
    }

    private void updateChecksums(Path jar) throws IOException {
        byte[] bytes = Files.readAllBytes(jar);
        String file = jar.getFileName().toString();
        editArtifacts(doc -> {
            NodeList artifacts = doc.getElementsByTagName("artifact");
            for (int i = 0; i < artifacts.getLength(); i++) {
                Element artifact = (Element) artifacts.item(i);
                if (file.equals(artifact.getAttribute("id") + "_" + artifact.getAttribute("version") + ".jar")) {
                    NodeList properties = artifact.getElementsByTagName("property");
                    for (int p = 0; p < properties.getLength(); p++) {
                        Element property = (Element) properties.item(p);
                        String value = switch (property.getAttribute("name")) {
                            case "artifact.size", "download.size" -> Integer.toString(bytes.length);
                            case "download.checksum.sha-512" -> digest("SHA-512", bytes);
                            case "download.checksum.sha-256" -> digest("SHA-256", bytes);
                            case "download.md5" -> digest("MD5", bytes);
                            default -> null;
                        };
                        if (value != null) {
                            property.setAttribute("value", value);
                        }
                    }
                    return doc;
                }
            }
            throw new AssertionError("no artifact for " + file + " in " + root.resolve("artifacts.xml"));
        });
    }

    private void editArtifacts(UnaryOperator<Document> edit) throws IOException {
        Path xml = root.resolve("artifacts.xml");
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
            Document edited = edit.apply(doc);
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(edited), new StreamResult(xml.toFile()));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot edit " + xml + ": " + e, e);
        }
    }

    static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required by every Java runtime", e);
        }
    }
}

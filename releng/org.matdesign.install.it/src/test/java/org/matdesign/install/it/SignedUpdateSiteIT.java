package org.matdesign.install.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The update site is signed, and p2's director, told to trust only signed content from our certificate, installs it,
 * refuses it with one jar changed after signing, and refuses it unsigned.
 */
class SignedUpdateSiteIT {

    private static final Path SITE = Path.of(System.getProperty("updatesite.dir"));
    private static final Path RUNTIME = Path.of(System.getProperty("runtime.dir"));
    private static final Path WORK = Path.of(System.getProperty("trust.work.dir"));
    private static final String CORE_FEATURE = "org.matdesign.core.feature.feature.group";

    private static String fingerprint;
    private static Director director;

    @BeforeAll
    static void readTheSitesSigner() throws IOException {
        deleteRecursively(WORK); // what an earlier build without clean left
        fingerprint = commonSigner();
        director = new Director(Path.of(System.getProperty("ide.dir")), WORK.resolve("director"));
    }

    /**
     * The SHA-256 fingerprint (p2's -trustedCertificates form) of the one certificate that signed every jar but those
     * the Eclipse Foundation signed (SWTChart); those must be signed too.
     */
    private static String commonSigner() throws IOException {
        Set<String> common = null;
        for (Path jar : siteJars()) {
            Set<String> signers = signersOfEveryEntry(jar);
            assertFalse(signers.isEmpty(), jar + " is not signed");
            if (jar.getFileName().toString().startsWith("org.eclipse.")) {
                continue;
            }
            if (common == null) {
                common = new HashSet<>(signers);
            } else {
                common.retainAll(signers);
            }
        }
        assertEquals(1, common.size(), "one certificate signs every jar of the site: " + common);
        return common.iterator().next();
    }

    private static List<Path> siteJars() throws IOException {
        try (Stream<Path> plugins = Files.list(SITE.resolve("plugins")); Stream<Path> features = Files.list(SITE.resolve("features"))) {
            return Stream.concat(plugins, features).filter(p -> p.toString().endsWith(".jar")).toList();
        }
    }

    /** The certificates that signed all of a jar's content entries (each verified while it is read). */
    private static Set<String> signersOfEveryEntry(Path jar) throws IOException {
        Set<String> signers = null;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream()); // a SecurityException on a bad digest
                }
                Set<String> ofEntry = new HashSet<>();
                CodeSigner[] codeSigners = entry.getCodeSigners();
                for (CodeSigner signer : codeSigners == null ? new CodeSigner[0] : codeSigners) {
                    ofEntry.add(sha256(signer.getSignerCertPath().getCertificates().get(0)));
                }
                if (signers == null) {
                    signers = ofEntry;
                } else {
                    signers.retainAll(ofEntry);
                }
            }
        }
        return signers == null ? Set.of() : signers;
    }

    private static String sha256(Certificate certificate) {
        try {
            return SiteCopy.digest("SHA-256", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Path freshInstallation(String name) throws IOException {
        Path installation = WORK.resolve(name);
        Director.copyTree(RUNTIME, installation);
        return installation;
    }

    @Test
    void signedSiteInstallsWhenOnlyOurCertificateIsTrusted() throws Exception {
        Path installation = freshInstallation("signed");
        Processes.Outcome install = director.install(SITE, CORE_FEATURE, installation, "-trustSignedContentOnly",
                "-trustedCertificates", fingerprint);
        assertEquals(0, install.exitCode(), install.all());
        String bundles = Files.readString(installation.resolve(
                "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
        assertTrue(bundles.contains("\norg.matdesign.cli,"), bundles);

        Processes.Outcome help = Processes.run(List.of(Processes.java().toString(), "-jar",
                Processes.launcher(installation).toString(), "-application", "org.matdesign.cli.matdesign",
                "-configuration", installation.resolve("configuration").toString(), "--help"), installation, 120);
        assertEquals(0, help.exitCode(), help.all());
        assertTrue(help.stdout().contains("convert"), help.stdout());
    }

    @Test
    void siteWithOneJarChangedAfterSigningIsRefused() throws Exception {
        SiteCopy tampered = SiteCopy.of(SITE, WORK.resolve("tampered-site"));
        tampered.tamper(tampered.plugin("org.matdesign.core"));
        Path installation = freshInstallation("tampered");
        Processes.Outcome install = director.install(tampered.root(), CORE_FEATURE, installation,
                "-trustSignedContentOnly", "-trustedCertificates", fingerprint);
        assertNotEquals(0, install.exitCode(), install.all());
        // p2 checks each downloaded jar against its signature: the changed class no longer matches its digest
        assertTrue(install.all().contains("Invalid content:org/matdesign/core/")
                && install.all().contains("digest error for org/matdesign/core/"), install.all());
        assertFalse(Files.readString(installation.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))
                .contains("org.matdesign.core,"), "nothing of the refused site was installed");
    }

    @Test
    void unsignedSiteIsRefused() throws Exception {
        SiteCopy unsigned = SiteCopy.of(SITE, WORK.resolve("unsigned-site"));
        unsigned.unsign("org.matdesign.core.feature");
        Path installation = freshInstallation("unsigned");
        Processes.Outcome install = director.install(unsigned.root(), CORE_FEATURE, installation,
                "-trustSignedContentOnly", "-trustedCertificates", fingerprint);
        assertNotEquals(0, install.exitCode(), install.all());
        assertTrue(install.all().contains("Unsigned content is rejected"), install.all());
    }

    @Test
    void siteSignedByAnotherCertificateIsRefused() throws Exception {
        Path installation = freshInstallation("other-certificate");
        Processes.Outcome install = director.install(SITE, CORE_FEATURE, installation, "-trustSignedContentOnly",
                "-trustedCertificates", "00".repeat(32));
        assertNotEquals(0, install.exitCode(), install.all());
        assertTrue(install.all().contains("unanchored certificates are rejected"), install.all());
    }
}

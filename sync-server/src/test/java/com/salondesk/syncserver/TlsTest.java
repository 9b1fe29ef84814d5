package com.salondesk.syncserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.salondesk.syncserver.config.ConfigurationLoader;
import com.salondesk.syncserver.config.SyncServerConfig;
import com.salondesk.syncserver.support.TestChain;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTest {

    @TempDir
    Path folder;

    @Test
    void withAKeystoreTheServerSpeaksHttpsOnly() throws Exception {
        Path keystore = folder.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "sync", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

        SyncServerConfig config = new ConfigurationLoader(Map.of(
                "SALONDESK_SERVER_HOST", "127.0.0.1",
                "SALONDESK_SERVER_PORT", "0",
                "SALONDESK_SERVER_TLS_KEYSTORE", keystore.toString(),
                "SALONDESK_SERVER_TLS_KEYSTORE_PASSWORD", "changeit")).load(Optional.empty());
        try (TestChain chain = TestChain.create("tls")) {
            SyncServer server = chain.startServer(config);

            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
            HttpResponse<String> health = trusting.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + server.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP");

            HttpResponse<String> plain = null;
            try {
                plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException refused) {
                // A TLS port does not speak plain HTTP: a refusal is the expected outcome.
            }
            assertThat(plain == null || plain.statusCode() != 200).as("plain HTTP is not served").isTrue();
        }
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(keystore)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("sync", (X509Certificate) ks.getCertificate("sync"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }
}

package org.oic.diwan.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 key that signs the trail's checkpoints, kept in files outside the database
 * ({@code keys/audit-signing.key}, readable by its owner only, and {@code .pub}); made on first use.
 * Whoever rewrites the database cannot sign a rewritten trail without it.
 */
final class SigningKey {

    private final Path privateFile;
    private final Path publicFile;

    SigningKey(Path folder) {
        this.privateFile = folder.resolve("audit-signing.key");
        this.publicFile = folder.resolve("audit-signing.pub");
    }

    String sign(String statement) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey());
            signer.update(statement.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign an audit checkpoint", e);
        }
    }

    boolean verify(String statement, String signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey());
            verifier.update(statement.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    boolean exists() {
        return Files.isRegularFile(publicFile);
    }

    private synchronized PrivateKey privateKey() throws GeneralSecurityException {
        ensure();
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(Files.readString(privateFile).strip())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PublicKey publicKey() throws GeneralSecurityException {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(Files.readString(publicFile).strip())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure() throws GeneralSecurityException {
        if (Files.isRegularFile(privateFile)) {
            return;
        }
        try {
            Files.createDirectories(privateFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // two processes (a server and a command) may sign for the first time at once: one makes the key
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(privateFile.resolveSibling("audit-signing.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock ignored = channel.lock()) {
            if (Files.isRegularFile(privateFile)) {
                return;
            }
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Path temporary = privateFile.resolveSibling("audit-signing.key.tmp");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n");
            Files.writeString(publicFile, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n");
            // the private key last: its presence says the pair is complete
            Files.move(temporary, privateFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the audit signing key in " + privateFile.getParent(), e);
        }
    }
}

package org.oic.diwan.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The embedded server's passwords, generated once and kept in the data folder, readable by its owner only.
 *
 * <p>Whoever can read the data folder can read the database files anyway; the passwords keep
 * other local users off the TCP port.
 */
record Credentials(String superuserPassword, String userPassword) {

    static Credentials loadOrCreate(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            Properties props = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                props.load(in);
            }
            String su = props.getProperty("superuser.password");
            String user = props.getProperty("user.password");
            if (su != null && user != null) {
                return new Credentials(su, user);
            }
        }
        Credentials created = new Credentials(randomSecret(), randomSecret());
        created.writeTo(file);
        return created;
    }

    private void writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Properties props = new Properties();
        props.setProperty("superuser.password", superuserPassword);
        props.setProperty("user.password", userPassword);
        try (Writer out = Files.newBufferedWriter(tmp)) {
            props.store(out, "Embedded PostgreSQL passwords of this Diwan data folder");
        }
        try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "Credentials[hidden]";
    }
}

package org.oic.diwan.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.oic.diwan.DataFolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organizations people belong to: the file shipped with Diwan ({@code access/organizations.tsv}),
 * or the administrator's edited copy in the data folder ({@code organizations.tsv}). Loaded at
 * start and written to the database, which refers to them.
 */
@Component
public class Organizations {

    private final Map<String, Organization> byCode;

    Organizations(DataFolder dataFolder, JdbcClient jdbc) {
        Path edited = dataFolder.root().resolve("organizations.tsv");
        try (BufferedReader reader = Files.isRegularFile(edited) ? Files.newBufferedReader(edited, StandardCharsets.UTF_8)
                : shipped()) {
            this.byCode = parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store(jdbc);
    }

    /** The organizations shipped with Diwan, for readers that run without a database (the command line). */
    public static Collection<Organization> shippedWithDiwan() {
        try (BufferedReader reader = shipped()) {
            return parse(reader).values();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedReader shipped() {
        InputStream in = Organizations.class.getResourceAsStream("/access/organizations.tsv");
        if (in == null) {
            throw new IllegalStateException("access/organizations.tsv is missing from the application");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static Map<String, Organization> parse(BufferedReader reader) throws IOException {
        Map<String, Organization> map = new LinkedHashMap<>();
        for (String[] c : org.oic.diwan.TsvRows.read(reader, 7, "organizations.tsv")) {
            OrganizationKind kind;
            try {
                kind = OrganizationKind.valueOf(c[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("organizations.tsv: " + c[0] + " has an unknown kind " + c[1]);
            }
            Organization organization = new Organization(c[0].strip(), kind, c[2].strip(), c[3].strip(), c[4].strip(), c[5].strip(),
                    c[6].strip());
            if (map.putIfAbsent(organization.code(), organization) != null) {
                throw new IllegalStateException("organizations.tsv: code " + organization.code() + " twice");
            }
        }
        for (Organization o : map.values()) {
            if (!o.parent().isEmpty() && !map.containsKey(o.parent())) {
                throw new IllegalStateException("organizations.tsv: " + o.code() + " has an unknown parent " + o.parent());
            }
        }
        if (!map.containsKey("PUBLIC") || !map.containsKey("GS")) {
            throw new IllegalStateException("organizations.tsv must define GS (the General Secretariat) and PUBLIC");
        }
        return map;
    }

    /** Written to the database (added or updated, never removed: people and documents refer to them). */
    private void store(JdbcClient jdbc) {
        for (Organization o : byCode.values()) {
            jdbc.sql("""
                    insert into organization (code, kind, parent, name_en, name_fr, name_ar, abbreviation) values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (code) do update set kind = excluded.kind, parent = excluded.parent, name_en = excluded.name_en,
                        name_fr = excluded.name_fr, name_ar = excluded.name_ar, abbreviation = excluded.abbreviation
                    """)
                    .params(o.code(), o.kind().name(), o.parent().isEmpty() ? null : o.parent(), o.nameEn(), o.nameFr(), o.nameAr(),
                            o.abbreviation().isEmpty() ? null : o.abbreviation())
                    .update();
        }
    }

    public Optional<Organization> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<Organization> all() {
        return byCode.values();
    }
}

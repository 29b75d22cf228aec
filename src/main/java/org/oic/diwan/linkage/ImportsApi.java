package org.oic.diwan.linkage;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.oic.diwan.intake.FileOutcome;
import org.oic.diwan.access.AccessPolicy;
import org.oic.diwan.access.Action;
import org.oic.diwan.access.Callers;
import org.oic.diwan.intake.Importer;
import org.oic.diwan.registry.Classification;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/imports}: files sent as multipart form data, one outcome per file. */
@RestController
class ImportsApi {

    private final Importer importer;
    private final Callers callers;
    private final AccessPolicy policy;

    ImportsApi(Importer importer, Callers callers, AccessPolicy policy) {
        this.importer = importer;
        this.callers = callers;
        this.policy = policy;
    }

    /** The outcome of each file, in the order sent, with totals; one file's rejection does not stop the others. */
    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ImportResult upload(@RequestParam("file") List<MultipartFile> files,
            @RequestParam(name = "classification", required = false, defaultValue = "restricted") String classification) {
        Classification level = Classification.ofCode(classification).orElseThrow(
                () -> new IllegalArgumentException("classification must be public, restricted or confidential"));
        // making a document public is publishing it: the importer must also be a publisher
        if (level == Classification.PUBLIC && !policy.decide(callers.current(), Action.PUBLISH).permitted()) {
            throw new ApiProblems.Forbidden("importing as public needs the publisher role");
        }
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        for (MultipartFile file : files) {
            try (InputStream in = file.getInputStream()) {
                outcomes.add(importer.importUpload(file.getOriginalFilename(), in, level));
            } catch (IOException e) {
                outcomes.add(new FileOutcome(file.getOriginalFilename(), FileOutcome.Status.REJECTED,
                        "could not read the upload: " + e.getMessage(), null, null, null, null));
            }
        }
        return ImportResult.of(outcomes);
    }

    /** The outcomes of an import with their totals. */
    record ImportResult(int imported, int duplicate, int rejected, List<FileOutcome> files) {
        static ImportResult of(List<FileOutcome> files) {
            return new ImportResult(
                    count(files, FileOutcome.Status.IMPORTED),
                    count(files, FileOutcome.Status.DUPLICATE),
                    count(files, FileOutcome.Status.REJECTED),
                    files);
        }

        private static int count(List<FileOutcome> files, FileOutcome.Status status) {
            return (int) files.stream().filter(f -> f.status() == status).count();
        }
    }
}

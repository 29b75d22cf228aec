package org.oic.diwan.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.oic.diwan.DataFolder;
import org.oic.diwan.access.Organizations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin/organizations}: the organizations people and tokens belong to, read-only. They
 * come from a file the administrator edits (a code is never renamed once used), so the page says
 * which file is in force and how to change it rather than offering a form.
 */
@Controller
class OrganizationsPage {

    private final Organizations organizations;
    private final DataFolder dataFolder;

    OrganizationsPage(Organizations organizations, DataFolder dataFolder) {
        this.organizations = organizations;
        this.dataFolder = dataFolder;
    }

    @GetMapping("/admin/organizations")
    String list(Model model) {
        Path edited = dataFolder.root().resolve("organizations.tsv");
        model.addAttribute("organizations", organizations.all());
        model.addAttribute("editedFile", edited.toAbsolutePath().toString());
        model.addAttribute("edited", Files.isRegularFile(edited));
        return "admin-organizations";
    }
}

package dev.iptvbridge.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs stand on their own: a reader of the repository has no {@code ../shared}, so no page may
 * send them there. What a page needs of the remote systems' contracts it restates, marked [C] or [M].
 */
class DocsStandAloneTest {

    private static final List<String> OUTSIDE = List.of("../shared", "/work/shared");

    @Test
    void no_page_of_the_docs_or_the_readme_points_outside_the_repository() throws IOException {
        Path root = projectRoot();
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            // Pictures (the console's screenshots) are no pages to read.
            docs.filter(Files::isRegularFile).filter(page -> !page.toString().endsWith(".png")).forEach(pages::add);
        }
        assertThat(pages).as("the pages looked at").anyMatch(page -> page.endsWith("docs/architecture.md"));

        List<String> links = new ArrayList<>();
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (OUTSIDE.stream().anyMatch(line::contains)) {
                    links.add(root.relativize(page) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(links).as("pages that send the reader outside the repository: restate the facts instead, "
                + "marked [C] or [M]").isEmpty();
    }

    // Tests run in the module's directory; the project root is the first parent with docs/ and README.md.
    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("README.md"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new UncheckedIOException(new IOException("no parent of " + Path.of("").toAbsolutePath()
                + " holds docs/ and README.md: run the test from inside the project"));
    }
}

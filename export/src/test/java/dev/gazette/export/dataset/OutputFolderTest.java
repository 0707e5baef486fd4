package dev.gazette.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path tmp;

    @Test
    void thePublishedFolderIsReadableByOthersLikeAnyFolder() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions only");
        Path target = tmp.resolve("dataset");
        try (OutputFolder folder = OutputFolder.open(target)) {
            Files.writeString(folder.file("a.csv"), "x\n");
            folder.commit();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rwxr-xr-x");
        assertThat(target.resolve("a.csv")).hasContent("x");
    }
}

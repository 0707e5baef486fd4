package dev.gazette.model.io;

import dev.gazette.model.ArticleIds;
import java.nio.file.Path;

/**
 * A file to read, with the name it is reported under.
 *
 * @param path   where it is on disk
 * @param source the path as the user gave it (plus the part inside a given folder), forward slashes
 */
public record InputFile(Path path, String source) {

    /**
     * The article id this file gets: its name without the last extension (and without
     * {@code .gz}), made into an id by {@link ArticleIds#friendly} (spaces and other characters
     * ids do not allow become {@code -}).
     */
    public String id() {
        String name = InputFormat.stripGz(path.getFileName().toString());
        int dot = name.lastIndexOf('.');
        return ArticleIds.friendly(dot > 0 ? name.substring(0, dot) : name);
    }
}

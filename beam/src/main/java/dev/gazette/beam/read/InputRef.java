package dev.gazette.beam.read;

import java.io.Serializable;

/**
 * One input file to read.
 *
 * @param resource where it is: a local path, or a URI of a file system Beam knows
 * @param source   the name it is reported under, as the local scan names it (the input as given,
 *                 plus the path inside a given folder, forward slashes)
 */
record InputRef(String resource, String source) implements Serializable {
    private static final long serialVersionUID = 1L;
}

package org.matdesign.ml;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format tag a model file declares, {@code FAMILY-N} (e.g. {@code matdesign-cgcnn-1}). A file of another
 * family is not this kind of file; a file of the same family with a higher N was written by a newer build and is
 * refused saying so, rather than read with rules it does not follow.
 */
public final class ModelFormat {

    private static final Pattern TAG = Pattern.compile("(.+)-(\\d{1,9})");

    private ModelFormat() {
    }

    /**
     * Checks {@code object.key} (reported as {@code path}) against {@code expected}.
     *
     * @param missingIsCurrent whether a file without the tag is read as the current version (files written before
     *                         the tag existed)
     */
    public static void require(JsonObject object, String key, String expected, boolean missingIsCurrent,
            String source, String path) throws TensorFileException {
        JsonElement tag = object.get(key);
        if (tag == null || tag.isJsonNull()) {
            if (missingIsCurrent) {
                return;
            }
            throw new TensorFileException(source + ": not a " + expected + " file (" + path + " is missing)");
        }
        if (!tag.isJsonPrimitive() || !tag.getAsJsonPrimitive().isString()) {
            throw new TensorFileException(source + ": not a " + expected + " file (" + path + " is "
                    + MetadataReader.quote(tag) + ", not a format name)");
        }
        String found = tag.getAsString();
        if (found.equals(expected)) {
            return;
        }
        Matcher have = TAG.matcher(found);
        Matcher want = TAG.matcher(expected);
        if (have.matches() && want.matches() && have.group(1).equals(want.group(1))
                && Integer.parseInt(have.group(2)) > Integer.parseInt(want.group(2))) {
            throw new TensorFileException(source + ": " + path + " " + found + " is newer than this build reads ("
                    + expected + "); load it with the MatDesign version that wrote it");
        }
        throw new TensorFileException(source + ": not a " + expected + " file (" + path + " is "
                + MetadataReader.quote(tag) + ")");
    }
}

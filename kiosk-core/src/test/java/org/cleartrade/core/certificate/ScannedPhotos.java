package org.cleartrade.core.certificate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Photos whose QR text is known: a {@link QrPhotoReader} that answers for the files it was shown
 * and says, as a real reader would, that any other file holds no image. Reading real pictures is
 * the codes module's business and tested there.
 */
final class ScannedPhotos implements QrPhotoReader {

    private final Map<Path, String> texts = new HashMap<>();
    private final Map<Path, String> problems = new HashMap<>();

    /** {@code file} is a photo of a QR code holding {@code text}. */
    Path photoOf(String text, Path file) {
        texts.put(file, text);
        return file;
    }

    /** {@code file} is a picture the reader cannot read, for the reason given. */
    Path unreadable(Path file, String problem) {
        problems.put(file, problem);
        return file;
    }

    @Override
    public String read(Path image) throws IOException {
        if (problems.containsKey(image)) {
            throw new IOException(problems.get(image));
        }
        String text = texts.get(image);
        if (text == null) {
            throw new IOException("no image file at " + image);
        }
        return text;
    }
}

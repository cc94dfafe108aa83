package org.cleartrade.core.certificate;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the text of the QR code in a photo or scan of a receipt (PNG, JPEG, GIF or BMP): what
 * {@link VerifyCommand} needs for {@code --image}. The implementation (ZXing's, in the {@code
 * codes} module) is wired by whoever runs the command.
 */
public interface QrPhotoReader {

    /**
     * The text of the QR code in {@code image}.
     *
     * @throws IOException when the file cannot be read as an image, or holds no readable QR code;
     *     the message says which, for the person who gave the file
     */
    String read(Path image) throws IOException;
}

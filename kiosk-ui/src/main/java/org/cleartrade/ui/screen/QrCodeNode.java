package org.cleartrade.ui.screen;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * Draws a payload as a QR code (ECC M, as on the paper receipt) with a quiet zone, crisp at any
 * size because each module is a whole number of pixels. Shows nothing while the payload is empty.
 */
public final class QrCodeNode extends StackPane {

    private final ImageView image = new ImageView();
    private final int size;
    private String text = "";

    public QrCodeNode(ObservableValue<String> payload, int size) {
        this.size = size;
        getStyleClass().add("qr-frame");
        image.setSmooth(false);
        getChildren().add(image);
        payload.addListener((o, before, now) -> draw(now));
        draw(payload.getValue());
        managedProperty().bind(visibleProperty());
    }

    /** The text the code shows now; empty while it shows nothing. */
    public String text() {
        return text;
    }

    private void draw(String payload) {
        text = payload == null ? "" : payload;
        if (payload == null || payload.isEmpty()) {
            image.setImage(null);
            setVisible(false);
            return;
        }
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            payload,
                            com.google.zxing.BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("payload does not fit a QR code: " + e.getMessage(), e);
        }
        int scale = Math.max(1, size / matrix.getWidth());
        int px = matrix.getWidth() * scale;
        WritableImage img = new WritableImage(px, px);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < px; y++) {
            for (int x = 0; x < px; x++) {
                w.setColor(x, y, matrix.get(x / scale, y / scale) ? Color.BLACK : Color.WHITE);
            }
        }
        image.setImage(img);
        setVisible(true);
    }
}

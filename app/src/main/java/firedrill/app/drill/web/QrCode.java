package firedrill.app.drill.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** The join URL as a QR code (ZXing, ADR 0045): dark modules on white with the standard quiet zone. */
public final class QrCode {
    private QrCode() {}

    /** The modules of {@code text}'s QR code (true = dark), quiet zone included. */
    public static boolean[][] modules(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            boolean[][] out = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    out[y][x] = m.get(x, y);
                }
            }
            return out;
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
        }
    }

    /** An image of {@code text}'s QR code, {@code scale} pixels per module. */
    public static Image image(String text, int scale) {
        boolean[][] m = modules(text);
        int n = m.length;
        WritableImage img = new WritableImage(n * scale, n * scale);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < n * scale; y++) {
            for (int x = 0; x < n * scale; x++) {
                w.setColor(x, y, m[y / scale][x / scale] ? Color.BLACK : Color.WHITE);
            }
        }
        return img;
    }
}

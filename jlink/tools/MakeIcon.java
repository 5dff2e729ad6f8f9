import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the Firedrill app icon (a flame on a dark rounded tile, in the theme's accent colours) and
 * writes it as a 256×256 PNG. Run once when the icon changes; the PNG is committed:
 *
 * <pre>java -Djava.awt.headless=true jlink/tools/MakeIcon.java assets/icons/firedrill.png</pre>
 */
public final class MakeIcon {
    private static final int SIZE = 256;

    public static void main(String[] args) throws IOException {
        File out = new File(args.length > 0 ? args[0] : "firedrill.png");
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

        // Tile: the dark app background with a thin accent border.
        RoundRectangle2D tile = new RoundRectangle2D.Double(8, 8, SIZE - 16, SIZE - 16, 56, 56);
        g.setPaint(new GradientPaint(0, 8, new Color(0x22, 0x27, 0x2e), 0, SIZE - 8, new Color(0x0d, 0x11, 0x17)));
        g.fill(tile);
        g.setStroke(new BasicStroke(4f));
        g.setColor(new Color(0xf0, 0x88, 0x3e, 0x90));
        g.draw(tile);

        // Outer flame (accent orange to red), inner flame (amber to pale yellow).
        g.setPaint(new GradientPaint(0, 40, new Color(0xff, 0xa6, 0x57), 0, 220, new Color(0xf8, 0x51, 0x49)));
        g.fill(flame(128, 214, 76, 176));
        g.setPaint(new GradientPaint(0, 110, new Color(0xff, 0xf1, 0xb8), 0, 214, new Color(0xd2, 0x99, 0x22)));
        g.fill(flame(128, 206, 38, 96));

        // Ground line: a drill, not a disaster.
        g.setColor(new Color(0x8b, 0x94, 0x9e));
        g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(70, 222, 186, 222);
        g.dispose();

        File dir = out.getAbsoluteFile().getParentFile();
        if (dir != null && !dir.isDirectory() && !dir.mkdirs()) {
            throw new IOException("cannot create " + dir);
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        System.out.println("wrote " + out);
    }

    /** A flame whose base centre is (cx, baseY), half-width w and height h, tip leaning right. */
    private static Path2D flame(double cx, double baseY, double w, double h) {
        double top = baseY - h;
        Path2D p = new Path2D.Double();
        p.moveTo(cx, baseY);
        // left flank: bulge out, then sweep up to the tip
        p.curveTo(cx - w * 1.05, baseY, cx - w * 1.10, baseY - h * 0.45, cx - w * 0.55, baseY - h * 0.70);
        p.curveTo(cx - w * 0.35, baseY - h * 0.82, cx - w * 0.05, baseY - h * 0.88, cx + w * 0.10, top);
        // right flank: a small lick, then back down
        p.curveTo(cx + w * 0.30, baseY - h * 0.80, cx + w * 0.20, baseY - h * 0.62, cx + w * 0.42, baseY - h * 0.55);
        p.curveTo(cx + w * 0.50, baseY - h * 0.66, cx + w * 0.58, baseY - h * 0.72, cx + w * 0.62, baseY - h * 0.78);
        p.curveTo(cx + w * 1.15, baseY - h * 0.45, cx + w * 1.05, baseY, cx, baseY);
        p.closePath();
        return p;
    }
}

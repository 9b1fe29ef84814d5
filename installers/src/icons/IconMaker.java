import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws SalonDesk's icon (an appointment book's day on a teal tile) and writes it in the three forms the
 * installers need: salondesk.png (Linux), salondesk.ico (Windows), salondesk.icns (macOS). Run from this
 * folder with {@code java IconMaker.java}; the files it writes are committed, so builds do not run it.
 */
public final class IconMaker {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.write(out.resolve("salondesk.png"), png(draw(256)));
        Files.write(out.resolve("salondesk.ico"), ico(new int[] {16, 32, 48, 256}));
        Files.write(out.resolve("salondesk.icns"), icns());
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        // The tile.
        g.setPaint(new GradientPaint(0, 0, new Color(0x2a9d8f), 0, 256, new Color(0x1d6f66)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        // The page of the day, with its binding on top.
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(52, 56, 152, 156, 20, 20));
        g.setColor(new Color(0xe76f51));
        g.fill(new RoundRectangle2D.Double(52, 56, 152, 34, 20, 20));
        g.fillRect(52, 74, 152, 16);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(92, 44, 92, 66);
        g.drawLine(164, 44, 164, 66);
        // Appointments: two booked slots and a free line.
        g.setColor(new Color(0x264653));
        g.fill(new RoundRectangle2D.Double(70, 104, 116, 26, 10, 10));
        g.setColor(new Color(0xe9c46a));
        g.fill(new RoundRectangle2D.Double(70, 140, 80, 26, 10, 10));
        g.setColor(new Color(0xc9d6d5));
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(74, 189, 182, 189);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** A Windows icon holding PNG images (read by Windows Vista and later). */
    static byte[] ico(int[] sizes) throws IOException {
        Map<Integer, byte[]> images = new LinkedHashMap<>();
        for (int size : sizes) {
            images.put(size, png(draw(size)));
        }
        int offset = 6 + 16 * sizes.length;
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (var entry : images.entrySet()) {
            int size = entry.getKey();
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)) // 0 means 256
                    .put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32)
                    .putInt(entry.getValue().length).putInt(offset);
            offset += entry.getValue().length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images.values()) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** A macOS icon family with PNG images: ic07 (128), ic08 (256), ic09 (512), ic10 (1024, the 512 at 2x). */
    static byte[] icns() throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(body);
        for (var type : types.entrySet()) {
            byte[] image = png(draw(type.getValue()));
            entries.writeBytes(type.getKey());
            entries.writeInt(8 + image.length);
            entries.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + body.size());
        file.write(body.toByteArray());
        return out.toByteArray();
    }
}

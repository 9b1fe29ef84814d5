package com.salondesk.app.checkout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes a receipt's lines to a one-column PDF on an A5-wide receipt page. A system font with the whole of Unicode
 * is used where one is found (a German or a Polish name prints as written); otherwise Helvetica, with characters
 * it lacks replaced.
 */
public final class ReceiptPdf {

    private static final float MARGIN = 28;
    private static final float SIZE = 10;
    private static final float LEADING = 14;
    private static final List<Path> UNICODE_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("C:/Windows/Fonts/arial.ttf"),
            Path.of("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
            Path.of("/Library/Fonts/Arial Unicode.ttf"));

    private ReceiptPdf() {
    }

    /** Writes {@code lines} to {@code file} (its folder is made if missing) and returns the file. */
    public static Path write(List<String> lines, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (PDDocument document = new PDDocument()) {
                PDFont font = font(document);
                PDRectangle size = new PDRectangle(PDRectangle.A5.getWidth(),
                        Math.max(PDRectangle.A5.getHeight(), 2 * MARGIN + LEADING * (lines.size() + 1)));
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(font, SIZE);
                    text.setLeading(LEADING);
                    text.newLineAtOffset(MARGIN, size.getHeight() - MARGIN);
                    for (String line : lines) {
                        text.showText(printable(font, line));
                        text.newLine();
                    }
                    text.endText();
                }
                document.save(file.toFile());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the receipt to " + file, e);
        }
    }

    /** A font with the whole of Unicode where the system has one, else Helvetica; the day sheet prints with it too. */
    public static PDFont font(PDDocument document) throws IOException {
        for (Path candidate : UNICODE_FONTS) {
            if (Files.isReadable(candidate)) {
                return PDType0Font.load(document, candidate.toFile());
            }
        }
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** The line with any character the font cannot show replaced by '?', rather than failing the whole receipt. */
    public static String printable(PDFont font, String line) {
        StringBuilder out = new StringBuilder();
        line.codePoints().forEach(c -> {
            String one = new String(Character.toChars(c));
            try {
                font.encode(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException e) {
                out.append(c == '\u00a0' || c == '\u202f' ? " " : "?");
            }
        });
        return out.toString();
    }
}

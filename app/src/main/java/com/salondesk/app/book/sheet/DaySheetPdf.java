package com.salondesk.app.book.sheet;

import com.salondesk.app.checkout.ReceiptPdf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes a day sheet to an A4 PDF as real text (it can be selected and searched), on as many pages as it takes;
 * a long line wraps, and a stylist's name never stands alone at the foot of a page.
 */
public final class DaySheetPdf {

    private static final float MARGIN = 48;
    private static final float SIZE = 10;
    private static final float LEADING = 14;
    private static final int WRAP = 100;

    private DaySheetPdf() {
    }

    /** Writes {@code lines} to {@code file} (its folder is made if missing) and returns the file. */
    public static Path write(List<DaySheet.Line> lines, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (PDDocument document = new PDDocument()) {
                PDFont font = ReceiptPdf.font(document);
                PDRectangle a4 = PDRectangle.A4;
                int perPage = (int) ((a4.getHeight() - 2 * MARGIN) / LEADING);
                for (List<DaySheet.Line> page : pages(wrapped(lines), perPage)) {
                    PDPage pdfPage = new PDPage(a4);
                    document.addPage(pdfPage);
                    try (PDPageContentStream text = new PDPageContentStream(document, pdfPage)) {
                        text.beginText();
                        text.setLeading(LEADING);
                        text.newLineAtOffset(MARGIN, a4.getHeight() - MARGIN);
                        for (DaySheet.Line line : page) {
                            text.setFont(font, switch (line.kind()) {
                                case TITLE -> 15;
                                case STYLIST -> 12;
                                default -> SIZE;
                            });
                            text.showText(ReceiptPdf.printable(font, indent(line)));
                            text.newLine();
                        }
                        text.endText();
                    }
                }
                document.save(file.toFile());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the day sheet to " + file, e);
        }
    }

    private static String indent(DaySheet.Line line) {
        return switch (line.kind()) {
            case BOOKING, EMPTY -> "    " + line.text();
            case NOTE -> "            " + line.text();
            default -> line.text();
        };
    }

    /** Long lines (a note, mostly) cut at spaces into lines of at most WRAP characters, continued as notes. */
    static List<DaySheet.Line> wrapped(List<DaySheet.Line> lines) {
        List<DaySheet.Line> out = new ArrayList<>();
        for (DaySheet.Line line : lines) {
            String rest = line.text();
            DaySheet.Kind kind = line.kind();
            while (rest.length() > WRAP) {
                int cut = rest.lastIndexOf(' ', WRAP);
                cut = cut <= 0 ? WRAP : cut;
                out.add(new DaySheet.Line(kind, rest.substring(0, cut)));
                rest = rest.substring(cut).strip();
                kind = kind == DaySheet.Kind.BOOKING ? DaySheet.Kind.NOTE : kind;
            }
            out.add(new DaySheet.Line(kind, rest));
        }
        return out;
    }

    /** The lines in pages of {@code perPage}, a blank line before each stylist, none at a page's foot alone. */
    static List<List<DaySheet.Line>> pages(List<DaySheet.Line> lines, int perPage) {
        List<List<DaySheet.Line>> pages = new ArrayList<>();
        List<DaySheet.Line> page = new ArrayList<>();
        for (DaySheet.Line line : lines) {
            boolean stylist = line.kind() == DaySheet.Kind.STYLIST;
            int needs = stylist ? 3 : 1; // the blank line, the name and its first booking
            if (page.size() + needs > perPage && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
            }
            if (stylist && !page.isEmpty()) {
                page.add(new DaySheet.Line(DaySheet.Kind.EMPTY, ""));
            }
            page.add(line);
        }
        pages.add(page);
        return pages;
    }
}

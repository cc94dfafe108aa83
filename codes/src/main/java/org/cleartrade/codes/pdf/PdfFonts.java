package org.cleartrade.codes.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts embedded (as subsets) in receipt PDFs: DejaVu Sans for Latin script and Droid Sans
 * Fallback for Chinese. Both are TrueType; PDFBox cannot embed the CFF outlines of Noto Sans CJK
 * (see decision 0201). Text is split into runs, each in the first font that has its glyphs.
 * One instance per document.
 */
final class PdfFonts {
    /** Where Debian installs the fonts, in order of preference. */
    static final List<Path> LATIN = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));

    static final List<Path> LATIN_BOLD = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));
    static final List<Path> CJK = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"));

    /** A stretch of text that one font can draw. */
    record Run(String text, PDFont font) {}

    private final Face regular;
    private final Face bold;
    private final Face cjk;

    PdfFonts(PDDocument document, List<Path> latin, List<Path> latinBold, List<Path> cjk) throws IOException {
        this.regular = Face.load(document, latin, "fonts-dejavu-core");
        this.bold = Face.load(document, latinBold, "fonts-dejavu-core");
        this.cjk = Face.load(document, cjk, "fonts-droid-fallback");
    }

    List<Run> runs(String text, boolean emphasis) {
        Face latin = emphasis ? bold : regular;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int cp : text.codePoints().toArray()) {
            Face face = latin.has(cp) ? latin : cjk.has(cp) ? cjk : latin;
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFace.pdf));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(face.has(cp) ? cp : '?');
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), currentFace.pdf));
        }
        return runs;
    }

    float width(String text, boolean emphasis, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text, emphasis)) {
            width += run.font().getStringWidth(run.text()) / 1000f * size;
        }
        return width;
    }

    /** A TrueType font, parsed for its character map and embedded in the document. */
    private static final class Face {
        private final TrueTypeFont ttf;
        private final PDFont pdf;

        private Face(TrueTypeFont ttf, PDFont pdf) {
            this.ttf = ttf;
            this.pdf = pdf;
        }

        static Face load(PDDocument document, List<Path> candidates, String debianPackage) throws IOException {
            Optional<Path> found = candidates.stream().filter(Files::isReadable).findFirst();
            if (found.isEmpty()) {
                throw new MissingFontException("a receipt PDF needs one of the fonts " + candidates
                        + "; install the Debian package " + debianPackage);
            }
            TrueTypeFont ttf = new TTFParser()
                    .parse(new RandomAccessReadBufferedFile(found.get().toFile()));
            return new Face(ttf, PDType0Font.load(document, ttf, true));
        }

        boolean has(int codePoint) {
            try {
                return ttf.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
            } catch (IOException e) {
                return false;
            }
        }
    }
}

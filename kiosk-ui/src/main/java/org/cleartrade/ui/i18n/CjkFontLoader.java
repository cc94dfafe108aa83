package org.cleartrade.ui.i18n;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.text.Font;

/**
 * Makes a CJK font available before the first frame, so 简体中文 renders on machines whose
 * fontconfig would not offer one to JavaFX. A missing or unreadable font is not fatal: the kiosk
 * logs a warning and keeps its Latin font, and Chinese text may show as boxes until the font
 * package ({@code fonts-noto-cjk}) is installed.
 */
public final class CjkFontLoader {

    private static final System.Logger LOG = System.getLogger(CjkFontLoader.class.getName());

    private CjkFontLoader() {}

    /** @return the loaded family name, or {@code null} when no CJK font could be loaded */
    public static String load(Path fontFile) {
        if (!Files.isReadable(fontFile)) {
            LOG.log(
                    Level.WARNING,
                    "CJK font {0} not found; Chinese text may not render (install fonts-noto-cjk)",
                    fontFile);
            return null;
        }
        // The file: URL lets JavaFX map the font in place instead of copying a 20 MB collection.
        Font[] fonts = Font.loadFonts(fontFile.toUri().toString(), 12);
        if (fonts == null || fonts.length == 0) {
            LOG.log(Level.WARNING, "CJK font {0} could not be loaded; Chinese text may not render", fontFile);
            return null;
        }
        LOG.log(Level.DEBUG, "loaded {0} faces from {1}", fonts.length, fontFile);
        for (Font f : fonts) {
            if (f.getFamily().endsWith(" SC")) {
                return f.getFamily();
            }
        }
        return fonts[0].getFamily();
    }
}

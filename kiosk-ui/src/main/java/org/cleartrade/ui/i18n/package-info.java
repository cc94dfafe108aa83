/**
 * The seller-facing words: {@link UiText} (the current language's copy, from the {@code ui} and
 * {@code checklist} bundles of the assets module, English as base, no fallback to the JVM's
 * locale), {@link Language}, {@link OfferedLanguages} (the jurisdiction's languages that have copy)
 * and {@link CjkFontLoader} (a CJK font before the first frame). Copy lives in the bundles, never
 * in code.
 */
package org.cleartrade.ui.i18n;

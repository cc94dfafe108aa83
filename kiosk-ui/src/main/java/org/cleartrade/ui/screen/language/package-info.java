/**
 * The language choice: {@link LanguageViewModel} offers one button per language, each named in
 * itself, and choosing one starts the session; {@link LanguageView} only binds. The view model
 * stays off {@code javafx.scene}.
 */
package org.cleartrade.ui.screen.language;

/**
 * Spoken prompts: {@link SpeechOutput} speaks a screen's prompt and never blocks the UI thread;
 * {@link EspeakSpeech} runs the {@code espeak-ng} command one utterance at a time, and
 * {@link SilentSpeech} stands in where there is no engine. {@link SpokenMoney} rewrites amounts so
 * the engine reads them the right way round in each language. No JavaFX here: the shell calls it
 * with plain text.
 */
package org.cleartrade.ui.speech;

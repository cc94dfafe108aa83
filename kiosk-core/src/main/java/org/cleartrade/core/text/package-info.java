/**
 * Text checks shared by the places that store or print what someone typed or a phone reported:
 * {@link PlainText} accepts only text that is what it shows, with no control or format characters
 * (among them the bidirectional overrides that make a stored name read differently). JDK only.
 */
package org.cleartrade.core.text;

package org.cleartrade.ui.screen.checklist;

import org.cleartrade.core.session.ChecklistItem;

/**
 * One checklist line as a screen shows it, in the current language.
 *
 * @param mark the symbol beside the line: a tick only when inspection verified the item
 * @param status what the kiosk knows about the item, in words (never a colour alone)
 */
public record ChecklistRow(
        ChecklistItem.Topic topic,
        ChecklistItem.Tick tick,
        String title,
        String why,
        String how,
        String mark,
        String status) {}

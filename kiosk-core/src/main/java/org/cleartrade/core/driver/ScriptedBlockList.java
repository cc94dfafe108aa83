package org.cleartrade.core.driver;

import java.util.Objects;
import org.cleartrade.core.backoffice.BlockList;

/** A block list whose answer the journey script sets before each journey. Thread-safe. */
public final class ScriptedBlockList implements BlockList {

    private volatile Answer answer = new Answer.Clear();

    public void answer(Answer next) {
        this.answer = Objects.requireNonNull(next, "next");
    }

    @Override
    public Answer check(String imei) {
        return answer;
    }
}

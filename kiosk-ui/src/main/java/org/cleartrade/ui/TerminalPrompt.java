package org.cleartrade.ui;

import java.io.Console;
import org.cleartrade.ui.operator.OperatorCli;

/** {@link SetupCommand}'s questions on the process's terminal; no terminal means no answers. */
final class TerminalPrompt implements SetupCommand.Prompt {

    private final Console console;

    private TerminalPrompt(Console console) {
        this.console = console;
    }

    /** @param console {@link System#console()}, possibly null */
    static TerminalPrompt of(Console console) {
        return new TerminalPrompt(OperatorCli.isTerminal(console) ? console : null);
    }

    @Override
    public boolean available() {
        return console != null;
    }

    @Override
    public String line(String prompt) {
        String line = console == null ? null : console.readLine("%s", prompt);
        if (line == null) {
            throw new IllegalStateException("no answer on the terminal");
        }
        return line.strip();
    }

    @Override
    public char[] secret(String prompt) {
        char[] typed = console == null ? null : console.readPassword("%s", prompt);
        // End of input (Ctrl-D) reads as an empty PIN, which the command refuses.
        return typed == null ? new char[0] : typed;
    }
}

package org.cleartrade.core.certificate;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an independent command-line tool with a bounded wait; fails naming the Debian package when absent. */
public final class ExternalTool {

    /** @param output what the tool wrote on stdout; {@code errors} what it wrote on stderr */
    public record Result(int exitCode, String output, String errors) {}

    private ExternalTool() {}

    public static Result run(String debianPackage, List<String> command) {
        Process process;
        Path errors;
        try {
            errors = Files.createTempFile("external-tool", ".err");
        } catch (IOException e) {
            return fail("cannot create a file for the stderr of " + command, e);
        }
        try {
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.to(errors.toFile()))
                    .start();
        } catch (IOException e) {
            return fail(command.get(0) + " is not installed: install the Debian package " + debianPackage
                    + " (scripts/install-deps.sh installs it)");
        }
        try {
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail(command + " did not finish within 30 s");
            }
            return new Result(
                    process.exitValue(), new String(output, StandardCharsets.UTF_8), Files.readString(errors));
        } catch (IOException e) {
            process.destroyForcibly();
            return fail("could not read the output of " + command, e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return fail("interrupted while running " + command);
        } finally {
            try {
                Files.deleteIfExists(errors);
            } catch (IOException e) {
                // A leftover temporary file does not change the result.
            }
        }
    }
}

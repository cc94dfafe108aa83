package org.cleartrade.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.cleartrade.core.json.CompactJson;
import org.junit.jupiter.api.Test;

/**
 * A journaled {@code cleartrade-session/2} snapshot is read as strictly as the lines of /1 were: a
 * value of the wrong JSON type, a repeated member or text after the object is refused, naming the
 * key, and each version must say it is that version.
 */
class SnapshotJsonFieldsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/journal/cleartrade-session-2/voucher-printing.json");

    private static String golden() throws IOException {
        return Files.readString(GOLDEN);
    }

    private static String changed(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) CompactJson.read(golden());
        change.accept(root);
        return CompactJson.text(root);
    }

    @Test
    void aNumberWrittenAsTextIsRefusedByItsKey() throws IOException {
        String text = changed(root -> root.put("seq", "22"));

        assertThatThrownBy(() -> SnapshotCodec.decode(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("snapshot key seq is not a whole number: \"22\"");
    }

    @Test
    void aBooleanWrittenAsTextIsRefusedByItsKey() throws IOException {
        String text = changed(root -> ((ObjectNode) root.get("trade")).put("flagged", "false"));

        assertThatThrownBy(() -> SnapshotCodec.decode(text))
                .hasMessage("snapshot key trade.flagged is not true or false: \"false\"");
    }

    @Test
    void aStringWrittenAsANumberIsRefusedByItsKey() throws IOException {
        String text = changed(root -> ((ObjectNode) root.get("phone")).put("osVersion", 14));

        assertThatThrownBy(() -> SnapshotCodec.decode(text))
                .hasMessage("snapshot key phone.osVersion is not a string: 14");
    }

    @Test
    void aListThatIsNotAnArrayIsRefusedByItsKey() throws IOException {
        String text = changed(root -> root.putObject("check"));

        assertThatThrownBy(() -> SnapshotCodec.decode(text)).hasMessage("snapshot key check is not a list: {}");
    }

    @Test
    void aFailedBinThatIsNotANumberIsRefusedByItsPlaceInTheList() throws IOException {
        String text = changed(root ->
                ((ObjectNode) root.get("deposit")).putArray("failedBins").add("two"));

        assertThatThrownBy(() -> SnapshotCodec.decode(text))
                .hasMessage("snapshot key deposit.failedBins.0 is not a whole number: \"two\"");
    }

    @Test
    void failedBinsAreReadFromTheirArray() throws IOException {
        String text = changed(root ->
                ((ObjectNode) root.get("deposit")).putArray("failedBins").add(4).add(2));

        assertThat(SnapshotCodec.decode(text).trade().deposit().failedBins()).containsExactlyInAnyOrder(2, 4);
    }

    @Test
    void aMissingRequiredMemberIsRefusedByItsKey() throws IOException {
        String text = changed(root -> ((ObjectNode) ((ArrayNode) root.get("check")).get(3)).remove("verdict"));

        assertThatThrownBy(() -> SnapshotCodec.decode(text)).hasMessage("snapshot key check.3.verdict is missing");
    }

    @Test
    void aNullOptionalIsReadAsAbsent() throws IOException {
        String text = changed(root -> root.putNull("deadline"));

        assertThat(SnapshotCodec.decode(text).deadline()).isEmpty();
    }

    @Test
    void aRepeatedMemberIsRefused() throws IOException {
        String text = golden().replaceFirst("\"seq\":22,", "\"seq\":22,\"seq\":23,");

        assertThatThrownBy(() -> SnapshotCodec.decode(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Duplicate field 'seq'");
    }

    @Test
    void textAfterTheObjectIsRefused() throws IOException {
        String text = golden() + "{}";

        assertThatThrownBy(() -> SnapshotCodec.decode(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("snapshot is not JSON");
    }

    @Test
    void aJsonSnapshotMustSayItIsTheJsonVersion() throws IOException {
        String text = changed(root -> root.put("format", SnapshotCodec.FORMAT_1));

        assertThatThrownBy(() -> SnapshotCodec.decode(text))
                .hasMessage("snapshot key format is 'cleartrade-session/1', expected cleartrade-session/2");
    }

    @Test
    void linesMustSayTheyAreTheFirstVersion() throws IOException {
        Path lines = Path.of("src/test/resources/journal/cleartrade-session-1/voucher-printing.txt");
        String text = Files.readString(lines).replace("format=cleartrade-session/1", "format=cleartrade-session/2");

        assertThatThrownBy(() -> SnapshotCodec.decode(text))
                .hasMessage("snapshot key format is 'cleartrade-session/2', expected cleartrade-session/1");
    }

    @Test
    void aValueWithNoJsonFormIsAMistakeOfTheWriter() {
        SnapshotJson writer = SnapshotJson.document();

        assertThatThrownBy(() -> writer.put("quote.base", new StringBuilder("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("snapshot key quote.base has no JSON form");
    }
}

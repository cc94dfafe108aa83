package org.cleartrade.deviceio.printer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineWrapperTest {

    @Test
    void breaksLatinTextAtSpaces() {
        assertThat(LineWrapper.wrap("the quick brown fox jumps", 10))
                .containsExactly("the quick", "brown fox", "jumps");
    }

    @Test
    void breaksChineseBetweenAnyTwoCharactersCountingTwoCellsEach() {
        assertThat(LineWrapper.wrap("数据擦除证书已验证", 8)).containsExactly("数据擦除", "证书已验", "证");
    }

    @Test
    void splitsAWordLongerThanALine() {
        assertThat(LineWrapper.wrap("ab 0123456789AB", 6)).containsExactly("ab", "012345", "6789AB");
    }

    @Test
    void keepsExplicitLineBreaks() {
        assertThat(LineWrapper.wrap("one\ntwo", 10)).containsExactly("one", "two");
    }

    @Test
    void punctuationAtTheEdgeTakesItsWholeWordToTheNextLine() {
        assertThat(LineWrapper.wrap("then try again.", 14)).containsExactly("then try", "again.");
        assertThat(LineWrapper.wrap("phone's settings, then try again.", 32))
                .containsExactly("phone's settings, then try", "again.");
    }

    @Test
    void chinesePunctuationNeverStartsALineAndTakesOneCharacterAlong() {
        assertThat(LineWrapper.wrap("数据擦除。", 8)).containsExactly("数据擦", "除。");
    }
}

package org.cleartrade.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.cleartrade.core.session.ChecklistItem;
import org.cleartrade.core.session.Phase;
import org.cleartrade.ui.i18n.Language;
import org.cleartrade.ui.screen.checklist.ChecklistRow;
import org.cleartrade.ui.screen.checklist.ChecklistViewModel;
import org.cleartrade.ui.screen.condition.ConditionViewModel;
import org.cleartrade.ui.screen.dock.BrandFamily;
import org.cleartrade.ui.screen.refusal.RefusalViewModel;
import org.cleartrade.ui.testing.UiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ChecklistCoachingTest {

    private final UiFixture ui = UiFixture.illinois();

    private static ChecklistRow row(java.util.List<ChecklistRow> rows, ChecklistItem.Topic topic) {
        return rows.stream().filter(r -> r.topic() == topic).findFirst().orElseThrow();
    }

    /** Each maker's account and its "Find My Device" are named, in every language. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "PIXEL, ENGLISH, Google, Find My Device",
        "SAMSUNG, ENGLISH, Samsung account, Find My Mobile",
        "XIAOMI, ENGLISH, Xiaomi Account, Find device",
        "HUAWEI, ENGLISH, HUAWEI ID, Find Device",
        "OPPO, ENGLISH, HeyTap, Find My Phone",
        "VIVO, ENGLISH, vivo account, Find my phone",
        "APPLE, ENGLISH, Apple ID, Find My iPhone",
        "SAMSUNG, SPANISH, cuenta Samsung, Encontrar mi móvil",
        "HUAWEI, SPANISH, HUAWEI ID, Buscar dispositivo",
        "APPLE, SPANISH, ID de Apple, Buscar mi iPhone",
        "XIAOMI, CHINESE, 小米账号, 查找设备",
        "HUAWEI, CHINESE, 华为账号, 查找设备",
        "OPPO, CHINESE, 欢太账号, 查找手机",
        "VIVO, CHINESE, vivo 账号, 查找手机",
        "SAMSUNG, CHINESE, 三星账户, 查找我的手机",
        "APPLE, CHINESE, Apple 账户, 查找我的 iPhone"
    })
    void thePickedMakersAccountAndFindMyDeviceAreNamedStepByStep(
            BrandFamily family, Language language, String account, String findMy) {
        ui.machine().toChecklist();
        ChecklistViewModel vm = new ChecklistViewModel(ui.session(), ui.text());
        ui.text().switchTo(language);

        vm.chooseBrand(family);

        String how = row(vm.rows(), ChecklistItem.Topic.CLOUD_ACCOUNTS).how();
        assertThat(how).contains("1.", "2.", account, findMy);
    }

    @ParameterizedTest
    @EnumSource(BrandFamily.class)
    void everyMakerHasItsOwnBackupStepsInEveryLanguage(BrandFamily family) {
        ui.machine().toChecklist();
        ChecklistViewModel vm = new ChecklistViewModel(ui.session(), ui.text());
        vm.chooseBrand(family);
        for (Language language : Language.values()) {
            ui.text().switchTo(language);
            String general = ui.text().checklist("backup.how");
            assertThat(row(vm.rows(), ChecklistItem.Topic.BACKUP).how())
                    .as("%s in %s", family, language)
                    .startsWith("1.")
                    .isNotEqualTo(general);
        }
    }

    @Test
    void chineseSellersAreCoachedToUnbindWeChatPayAlipayAndBankApps() {
        ui.machine().toChecklist();
        ChecklistViewModel vm = new ChecklistViewModel(ui.session(), ui.text());

        ui.text().switchTo(Language.CHINESE);

        assertThat(row(vm.rows(), ChecklistItem.Topic.PAYMENT_APPS).how()).contains("微信", "支付宝", "银行", "云闪付");
        ui.text().switchTo(Language.SPANISH);
        assertThat(row(vm.rows(), ChecklistItem.Topic.PAYMENT_APPS).how()).contains("Bizum", "Google Wallet", "banco");
    }

    @Test
    void aDockedPhoneSetsItsMakerAndTheNextSellerStartsWithNone() {
        ui.machine().toDock().inspected("galaxy-s23-frp");
        ChecklistViewModel vm = new ChecklistViewModel(ui.session(), ui.text());
        assertThat(vm.brandProperty().get()).isEqualTo(BrandFamily.SAMSUNG);

        UiFixture next = UiFixture.illinois();
        next.machine().toChecklist();
        assertThat(new ChecklistViewModel(next.session(), next.text())
                        .brandProperty()
                        .get())
                .isNull();
    }

    @Test
    void oneItemsStepsAreOpenAtATime() {
        ui.machine().toChecklist();
        ChecklistViewModel vm = new ChecklistViewModel(ui.session(), ui.text());
        assertThat(vm.openedProperty().get()).isEqualTo(ChecklistItem.Topic.CLOUD_ACCOUNTS);

        vm.toggle(ChecklistItem.Topic.SIM);
        assertThat(vm.openedProperty().get()).isEqualTo(ChecklistItem.Topic.SIM);
        vm.toggle(ChecklistItem.Topic.SIM);
        assertThat(vm.openedProperty().get()).isNull();
    }

    @Test
    void aRefusedSamsungShowsTheSamsungStepsForWhatFailed() {
        ui.machine().toDock().inspected("galaxy-s23-frp");
        RefusalViewModel vm = new RefusalViewModel(ui.session(), ui.text());

        ChecklistRow accounts = row(vm.rows(), ChecklistItem.Topic.CLOUD_ACCOUNTS);
        assertThat(accounts.tick()).isEqualTo(ChecklistItem.Tick.FAILED);
        assertThat(accounts.how()).contains("Samsung account", "Find My Mobile");
    }

    @Test
    void checkAgainOnAPhoneThatIsStillLockedSaysSo() {
        ui.machine().toDock().inspected("galaxy-s23-frp");
        RefusalViewModel vm = new RefusalViewModel(ui.session(), ui.text());
        assertThat(vm.checkedAgainProperty().get()).isEmpty();

        vm.retry();
        assertThat(ui.session().snapshot().phase()).isNotEqualTo(Phase.REFUSED);
        ui.machine().reinspected();

        assertThat(ui.session().snapshot().phase()).isEqualTo(Phase.REFUSED);
        assertThat(vm.checkedAgainProperty().get())
                .startsWith("Checked again at ")
                .contains("still there (check 1)");
        ui.text().switchTo(Language.SPANISH);
        assertThat(vm.checkedAgainProperty().get()).contains("sigue ahí (comprobación 1)");
    }

    @Test
    void afterDockingTheQuestionsShowWhatInspectionFoundAndTickedBeforeAnyPrice() {
        ui.machine().toCondition();
        ConditionViewModel vm = new ConditionViewModel(ui.session(), ui.text());

        assertThat(vm.foundProperty().get()).startsWith("moto g(7)").contains("GB");
        ChecklistRow sim = row(vm.checked(), ChecklistItem.Topic.SIM);
        assertThat(sim.tick())
                .isIn(ChecklistItem.Tick.VERIFIED, ChecklistItem.Tick.FAILED, ChecklistItem.Tick.UNVERIFIED);
        assertThat(row(vm.checked(), ChecklistItem.Topic.CLOUD_ACCOUNTS).mark()).isEqualTo("✓");
        assertThat(ui.session().snapshot().offer().quote()).isEmpty();
    }
}

/**
 * Scenario Android phones for demo mode and tests: a {@link
 * org.cleartrade.deviceio.dock.scenario.PhoneScenario} (from the assets' scenario files) played by
 * a {@link org.cleartrade.deviceio.dock.scenario.ScenarioPhone} that answers shell commands as the
 * real phone does, including vanishing from adb during a factory reset.
 */
package org.cleartrade.deviceio.dock.scenario;

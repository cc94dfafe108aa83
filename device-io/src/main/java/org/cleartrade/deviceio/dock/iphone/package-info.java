/**
 * Scenario iPhones for demo mode and tests: {@link org.cleartrade.deviceio.dock.iphone.ScenarioIphone}
 * answers lockdownd and the device services in process, as a real iPhone would at each step (a
 * reset one drops off the bus and comes back unactivated), so the real iPhone dock code runs
 * against it unchanged.
 */
package org.cleartrade.deviceio.dock.iphone;

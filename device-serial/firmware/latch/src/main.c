/*
 * Bin latch controller: a Modbus RTU slave that holds one servo latch per bin.
 * Main loop: serve a received frame, run the 1 ms latch tick for every elapsed millisecond, pet
 * the watchdog, sleep until the next interrupt.
 */
#include <avr/interrupt.h>
#include <avr/io.h>
#include <avr/sleep.h>
#include <avr/wdt.h>

#include "board.h"
#include "latch.h"
#include "modbus.h"
#include "rtu.h"
#include "servo.h"

static volatile uint8_t pending_ms;

ISR(TIMER0_COMPA_vect) {
    if (pending_ms < 255) pending_ms++;
}

static void serve_frame(void) {
    static uint8_t reply[RTU_MAX_ADU];
    const uint8_t *frame;
    uint16_t len = rtu_frame(&frame);
    if (len == 0) return;
    uint8_t address = frame[0];
    if (len < 4 || rtu_crc(frame, len) != 0) {
        latch_count_frame(0);
        rtu_release();
        return;
    }
    if (address != latch_unit() && address != 0) {
        rtu_release();
        return;
    }
    latch_count_frame(1);
    uint16_t out = mb_serve(frame, len - 2, reply);
    rtu_release();
    if (address != 0) {
        rtu_send(reply, out);
    }
}

int main(void) {
    uint8_t cause = MCUSR;
    MCUSR = 0;
    wdt_disable();

    TCCR0A = (1 << WGM01);
    TCCR0B = (1 << CS01) | (1 << CS00);
    OCR0A = 249;
    TIMSK0 = (1 << OCIE0A);

    servo_init();
    latch_init(cause);
    rtu_init(latch_baud(), latch_parity());
    wdt_enable(WDTO_500MS);
    set_sleep_mode(SLEEP_MODE_IDLE);
    sei();

    for (;;) {
        serve_frame();
        while (pending_ms) {
            cli();
            pending_ms--;
            sei();
            latch_tick_1ms();
        }
        wdt_reset();
        cli();
        if (!pending_ms && !rtu_pending()) {
            sleep_enable();
            sei();
            sleep_cpu();
            sleep_disable();
        }
        sei();
    }
}

#include "servo.h"

#include <avr/interrupt.h>
#include <util/atomic.h>

#include "board.h"

#define TICKS_PER_US 2
#define SLOT_TICKS ((uint16_t)(20000U / LATCH_BINS) * TICKS_PER_US)

static volatile uint16_t width_ticks[LATCH_BINS];
static uint8_t slot;
static uint8_t high;
static uint16_t current;

void servo_init(void) {
    SERVO_PORT &= ~SERVO_MASK;
    SERVO_DDR |= SERVO_MASK;
    slot = 0;
    high = 0;
    TCCR1A = 0;
    TCCR1B = (1 << CS11);
    TCNT1 = 0;
    OCR1A = 100;
    TIFR1 = (1 << OCF1A);
    TIMSK1 = (1 << OCIE1A);
}

void servo_set_us(uint8_t bin_index, uint16_t width_us) {
    ATOMIC_BLOCK(ATOMIC_RESTORESTATE) {
        width_ticks[bin_index] = width_us * TICKS_PER_US;
    }
}

uint16_t servo_get_us(uint8_t bin_index) {
    uint16_t t;
    ATOMIC_BLOCK(ATOMIC_RESTORESTATE) {
        t = width_ticks[bin_index];
    }
    return t / TICKS_PER_US;
}

ISR(TIMER1_COMPA_vect) {
    if (!high) {
        current = width_ticks[slot];
        SERVO_PORT |= (uint8_t)(1 << slot);
        OCR1A += current;
        high = 1;
    } else {
        SERVO_PORT &= (uint8_t) ~(1 << slot);
        OCR1A += SLOT_TICKS - current;
        high = 0;
        slot = (uint8_t)((slot + 1) % LATCH_BINS);
    }
}

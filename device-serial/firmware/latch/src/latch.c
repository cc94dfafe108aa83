/*
 * The latch rules and the register map (docs/protocols/latch-modbus.md is the contract).
 *
 * Per bin: the commanded state drives the servo; a closed door counts the relock timeout down
 * while the bin is unlocked (restarting at every close, paused while open); bolt feedback that
 * disagrees with the command for the jam time raises the jam flag; the door seen open while the
 * bolt is engaged raises tamper until the next unlock command. Inputs are debounced over
 * DEBOUNCE_MS. At power-on a bin with a closed door locks at once; one with an open door locks
 * the relock timeout after it closes, so the bolt never blocks a door that is still open.
 */
#include "latch.h"

#include <avr/eeprom.h>

#include "board.h"
#include "modbus.h"
#include "servo.h"

#define DEBOUNCE_MS 10

#define ST_DOOR_CLOSED 0x01
#define ST_BOLT_ENGAGED 0x02
#define ST_OCCUPIED 0x04
#define ST_JAMMED 0x08
#define ST_TAMPER 0x10
#define ST_LOCK_COMMANDED 0x20
#define ST_RELOCK_RUNNING 0x40

typedef struct {
    volatile uint8_t *pin;
    uint8_t bit;
} input_pin_t;

static const input_pin_t DOOR_PINS[LATCH_BINS] = {{&PINC, 0}, {&PINC, 1}, {&PINC, 2}, {&PINC, 3}};
static const input_pin_t FEEDBACK_PINS[LATCH_BINS] = {{&PINC, 4}, {&PINC, 5}, {&PINB, 4}, {&PINB, 5}};
static const input_pin_t OCCUPANCY_PINS[LATCH_BINS] = {{&PIND, 4}, {&PIND, 5}, {&PIND, 6}, {&PIND, 7}};

typedef struct {
    uint8_t inputs;         /* debounced ST_DOOR_CLOSED | ST_BOLT_ENGAGED | ST_OCCUPIED */
    uint8_t raw;            /* last raw sample */
    uint8_t stable_ms;      /* how long raw has not changed */
    uint8_t lock_commanded;
    uint8_t tamper;
    uint16_t disagree_ms;
    uint32_t relock_left_ms;
} bin_t;

typedef struct {
    uint16_t relock_s;
    uint16_t jam_ms;
    uint16_t lock_us[LATCH_BINS];
    uint16_t unlock_us[LATCH_BINS];
} settings_t;

static const settings_t DEFAULTS = {30, 800, {1000, 1000, 1000, 1000}, {2000, 2000, 2000, 2000}};
static settings_t EEMEM saved_settings;
static uint16_t EEMEM saved_magic;
#define SETTINGS_MAGIC 0x4C31

/* The line: unit id, and baud rate (in hundreds) and parity, which apply from the next reset. */
typedef struct {
    uint16_t unit;
    uint16_t baud_hundreds;
    uint16_t parity;
} line_t;

static const line_t LINE_DEFAULTS = {LATCH_DEFAULT_UNIT, (uint16_t)(LATCH_DEFAULT_BAUD / 100UL), LINE_PARITY_EVEN};
static line_t EEMEM saved_line;
static uint16_t EEMEM saved_line_magic;
#define LINE_MAGIC 0x4C4E

static settings_t settings;
static line_t line;
static line_t line_at_boot;
static bin_t bins[LATCH_BINS];
static uint8_t reset_flags;
static uint16_t uptime_ms;
static uint16_t uptime_s;
static uint16_t crc_errors;
static uint16_t frames_served;

static uint8_t sample(uint8_t i) {
    uint8_t s = 0;
    if ((*DOOR_PINS[i].pin & (1 << DOOR_PINS[i].bit)) == 0) s |= ST_DOOR_CLOSED;
    if ((*FEEDBACK_PINS[i].pin & (1 << FEEDBACK_PINS[i].bit)) == 0) s |= ST_BOLT_ENGAGED;
    if ((*OCCUPANCY_PINS[i].pin & (1 << OCCUPANCY_PINS[i].bit)) == 0) s |= ST_OCCUPIED;
    return s;
}

static void command(uint8_t i, uint8_t lock) {
    bins[i].lock_commanded = lock;
    bins[i].disagree_ms = 0;
    if (!lock) {
        bins[i].relock_left_ms = (uint32_t)settings.relock_s * 1000UL;
        bins[i].tamper = 0;
    }
    servo_set_us(i, lock ? settings.lock_us[i] : settings.unlock_us[i]);
}

static uint8_t in_range(uint16_t v, uint16_t lo, uint16_t hi) {
    return v >= lo && v <= hi;
}

static uint8_t baud_valid(uint16_t hundreds) {
    return hundreds == 96 || hundreds == 192 || hundreds == 384 || hundreds == 576 || hundreds == 1152;
}

static uint8_t line_valid(const line_t *l) {
    return in_range(l->unit, 1, 247) && baud_valid(l->baud_hundreds) && l->parity <= LINE_PARITY_EVEN;
}

static uint8_t settings_valid(const settings_t *s) {
    if (!in_range(s->relock_s, 1, 3600) || !in_range(s->jam_ms, 100, 10000)) return 0;
    for (uint8_t i = 0; i < LATCH_BINS; i++) {
        if (!in_range(s->lock_us[i], 500, 2500) || !in_range(s->unlock_us[i], 500, 2500)) return 0;
    }
    return 1;
}

void latch_init(uint8_t reset_cause) {
    reset_flags = reset_cause;
    eeprom_read_block(&settings, &saved_settings, sizeof settings);
    if (eeprom_read_word(&saved_magic) != SETTINGS_MAGIC || !settings_valid(&settings)) {
        settings = DEFAULTS;
    }
    eeprom_read_block(&line, &saved_line, sizeof line);
    if (eeprom_read_word(&saved_line_magic) != LINE_MAGIC || !line_valid(&line)) {
        line = LINE_DEFAULTS;
    }
    line_at_boot = line;
    DDRC &= (uint8_t) ~0x3F;
    PORTC |= 0x3F;
    DDRB &= (uint8_t) ~0x30;
    PORTB |= 0x30;
    DDRD &= (uint8_t) ~0xF0;
    PORTD |= 0xF0;
    for (uint8_t i = 0; i < LATCH_BINS; i++) {
        uint8_t s = sample(i);
        bins[i].raw = s;
        bins[i].inputs = s;
        bins[i].stable_ms = DEBOUNCE_MS;
        command(i, (s & ST_DOOR_CLOSED) != 0);
    }
}

static void tick_bin(uint8_t i) {
    bin_t *b = &bins[i];
    uint8_t raw = sample(i);
    if (raw != b->raw) {
        b->raw = raw;
        b->stable_ms = 0;
    } else if (b->stable_ms < DEBOUNCE_MS) {
        b->stable_ms++;
    }
    uint8_t was_closed = b->inputs & ST_DOOR_CLOSED;
    if (b->stable_ms >= DEBOUNCE_MS) {
        b->inputs = raw;
    }
    uint8_t closed = b->inputs & ST_DOOR_CLOSED;
    uint8_t engaged = (b->inputs & ST_BOLT_ENGAGED) != 0;
    if (!b->lock_commanded && closed) {
        if (!was_closed) {
            b->relock_left_ms = (uint32_t)settings.relock_s * 1000UL;
        }
        if (b->relock_left_ms > 0) {
            b->relock_left_ms--;
        }
        if (b->relock_left_ms == 0) {
            command(i, 1);
        }
    }
    if (!closed && engaged) {
        b->tamper = 1;
    }
    if (engaged != b->lock_commanded) {
        if (b->disagree_ms < settings.jam_ms) b->disagree_ms++;
    } else {
        b->disagree_ms = 0;
    }
}

void latch_tick_1ms(void) {
    for (uint8_t i = 0; i < LATCH_BINS; i++) {
        tick_bin(i);
    }
    if (++uptime_ms >= 1000) {
        uptime_ms = 0;
        uptime_s++;
    }
}

uint8_t latch_unit(void) {
    return (uint8_t)line.unit;
}

uint32_t latch_baud(void) {
    return (uint32_t)line_at_boot.baud_hundreds * 100UL;
}

uint8_t latch_parity(void) {
    return (uint8_t)line_at_boot.parity;
}

void latch_count_frame(uint8_t crc_ok) {
    if (crc_ok) {
        frames_served++;
    } else {
        crc_errors++;
    }
}

static uint8_t status_word(uint8_t i) {
    const bin_t *b = &bins[i];
    uint8_t s = b->inputs;
    if (b->disagree_ms >= settings.jam_ms) s |= ST_JAMMED;
    if (b->tamper) s |= ST_TAMPER;
    if (b->lock_commanded) s |= ST_LOCK_COMMANDED;
    if (!b->lock_commanded && (b->inputs & ST_DOOR_CLOSED)) s |= ST_RELOCK_RUNNING;
    return s;
}

/* ---- register map ---- */

uint8_t mb_read_coil(uint16_t address, uint8_t *value) {
    if (address >= LATCH_BINS) return MB_EX_ILLEGAL_ADDRESS;
    *value = bins[address].lock_commanded;
    return 0;
}

uint8_t mb_write_coil(uint16_t address, uint8_t value) {
    if (address >= LATCH_BINS) return MB_EX_ILLEGAL_ADDRESS;
    if (value && !(bins[address].inputs & ST_DOOR_CLOSED)) return MB_EX_ILLEGAL_VALUE;
    if (value != bins[address].lock_commanded || !value) {
        command((uint8_t)address, value);
    }
    return 0;
}

uint8_t mb_read_discrete(uint16_t address, uint8_t *value) {
    if (address >= LATCH_BINS * 8U || (address % 8U) == 7U) return MB_EX_ILLEGAL_ADDRESS;
    *value = (status_word((uint8_t)(address / 8U)) >> (address % 8U)) & 1U;
    return 0;
}

uint8_t mb_read_input(uint16_t address, uint16_t *value) {
    uint8_t i = (uint8_t)(address & 0x0F);
    switch (address & 0xFFF0) {
        case 0x0000:
            if (i >= LATCH_BINS) return MB_EX_ILLEGAL_ADDRESS;
            *value = status_word(i);
            return 0;
        case 0x0010:
            if (i >= LATCH_BINS) return MB_EX_ILLEGAL_ADDRESS;
            *value = servo_get_us(i);
            return 0;
        case 0x0020:
            if (i >= LATCH_BINS) return MB_EX_ILLEGAL_ADDRESS;
            *value = (status_word(i) & ST_RELOCK_RUNNING) ? (uint16_t)((bins[i].relock_left_ms + 999UL) / 1000UL) : 0;
            return 0;
        case 0x0030:
            switch (i) {
                case 0: *value = LATCH_VERSION; return 0;
                case 1: *value = LATCH_BINS; return 0;
                case 2: *value = reset_flags; return 0;
                case 3: *value = uptime_s; return 0;
                case 4: *value = crc_errors; return 0;
                case 5: *value = frames_served; return 0;
                default: return MB_EX_ILLEGAL_ADDRESS;
            }
        default:
            return MB_EX_ILLEGAL_ADDRESS;
    }
}

static uint16_t *holding(uint16_t address) {
    uint8_t i = (uint8_t)(address & 0x0F);
    if (address == 0x0000) return &settings.relock_s;
    if (address == 0x0001) return &settings.jam_ms;
    if (address == 0x0002) return &line.unit;
    if (address == 0x0003) return &line.baud_hundreds;
    if (address == 0x0004) return &line.parity;
    if ((address & 0xFFF0) == 0x0010 && i < LATCH_BINS) return &settings.lock_us[i];
    if ((address & 0xFFF0) == 0x0020 && i < LATCH_BINS) return &settings.unlock_us[i];
    return 0;
}

uint8_t mb_read_holding(uint16_t address, uint16_t *value) {
    uint16_t *r = holding(address);
    if (!r) return MB_EX_ILLEGAL_ADDRESS;
    *value = *r;
    return 0;
}

uint8_t mb_check_holding(uint16_t address, uint16_t value) {
    if (!holding(address)) return MB_EX_ILLEGAL_ADDRESS;
    if (address == 0x0000) return in_range(value, 1, 3600) ? 0 : MB_EX_ILLEGAL_VALUE;
    if (address == 0x0001) return in_range(value, 100, 10000) ? 0 : MB_EX_ILLEGAL_VALUE;
    if (address == 0x0002) return in_range(value, 1, 247) ? 0 : MB_EX_ILLEGAL_VALUE;
    if (address == 0x0003) return baud_valid(value) ? 0 : MB_EX_ILLEGAL_VALUE;
    if (address == 0x0004) return value <= LINE_PARITY_EVEN ? 0 : MB_EX_ILLEGAL_VALUE;
    return in_range(value, 500, 2500) ? 0 : MB_EX_ILLEGAL_VALUE;
}

void mb_write_holding(uint16_t address, uint16_t value) {
    *holding(address) = value;
    if (address >= 0x0002 && address <= 0x0004) {
        /* The unit id applies once this request is answered (the reply still carries the old
         * one); baud rate and parity at the next reset, so the answer reaches the master. */
        eeprom_update_block(&line, &saved_line, sizeof line);
        eeprom_update_word(&saved_line_magic, LINE_MAGIC);
        return;
    }
    eeprom_update_block(&settings, &saved_settings, sizeof settings);
    eeprom_update_word(&saved_magic, SETTINGS_MAGIC);
    for (uint8_t i = 0; i < LATCH_BINS; i++) {
        servo_set_us(i, bins[i].lock_commanded ? settings.lock_us[i] : settings.unlock_us[i]);
    }
}

#ifndef LATCH_LATCH_H
#define LATCH_LATCH_H

#include <stdint.h>

/* Reads settings from EEPROM, drives every servo to its lock position (fail-secure). */
void latch_init(uint8_t reset_cause);
/* Samples the inputs and runs the timers; called once a millisecond. */
void latch_tick_1ms(void);
void latch_count_frame(uint8_t crc_ok);
/* This controller's Modbus unit id (holding register 0x0002). */
uint8_t latch_unit(void);
/* The line settings read from EEPROM at boot (holding registers 0x0003 and 0x0004). */
uint32_t latch_baud(void);
uint8_t latch_parity(void);

#endif

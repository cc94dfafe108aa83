#ifndef LATCH_SERVO_H
#define LATCH_SERVO_H

#include <stdint.h>

/*
 * One hobby servo per bin, 50 Hz. Timer1 runs free at 2 MHz (prescaler 8); its compare-A
 * interrupt walks the bins in turn, each bin owning a 20 ms / LATCH_BINS slot, raising that bin's
 * pin at the start of its slot and dropping it after the bin's pulse width.
 */
void servo_init(void);
/* Sets a bin's pulse width in microseconds (500..2500); takes effect from its next slot. */
void servo_set_us(uint8_t bin_index, uint16_t width_us);
uint16_t servo_get_us(uint8_t bin_index);

#endif

/*
 * Pin assignment of the latch controller board (ATmega328P, 16 MHz, Arduino Uno/Nano pinout).
 * Inputs are switches or open-collector sensors to ground with the internal pull-ups enabled,
 * so every input is active low and a cut wire reads as "door open / bolt retracted / empty".
 *
 *   bin | servo out | door switch | bolt feedback | occupancy
 *   ----+-----------+-------------+---------------+----------
 *    1  | PB0 (D8)  | PC0 (A0)    | PC4 (A4)      | PD4 (D4)
 *    2  | PB1 (D9)  | PC1 (A1)    | PC5 (A5)      | PD5 (D5)
 *    3  | PB2 (D10) | PC2 (A2)    | PB4 (D12)     | PD6 (D6)
 *    4  | PB3 (D11) | PC3 (A3)    | PB5 (D13)     | PD7 (D7)
 *
 * UART0 (PD0/PD1) carries Modbus RTU: by default unit 1 at 19200 baud, 8 data bits, even parity,
 * 1 stop bit; unit id, baud rate and parity are holding registers kept in EEPROM.
 * PD2 (D2) drives the RS-485 transceiver's DE and /RE pins together: high from the first byte of a
 * reply until its last stop bit has left the UART, low (receiving) otherwise. A transceiver with
 * automatic direction control, or a controller on USB alone, leaves D2 unconnected.
 */
#ifndef LATCH_BOARD_H
#define LATCH_BOARD_H

#include <avr/io.h>
#include <stdint.h>

#define F_CPU_HZ 16000000UL
#define LATCH_BINS 4
#define LATCH_DEFAULT_UNIT 1
#define LATCH_DEFAULT_BAUD 19200UL
#define LATCH_VERSION 0x0101

/* RS-485 driver enable on PD2. */
#define RS485_DE_DDR DDRD
#define RS485_DE_PORT PORTD
#define RS485_DE_BIT 2

/* Parity codes of holding register 0x0004. */
#define LINE_PARITY_NONE 0
#define LINE_PARITY_ODD 1
#define LINE_PARITY_EVEN 2

/* Servo outputs are PB0..PB3, bit n for bin n+1. */
#define SERVO_DDR DDRB
#define SERVO_PORT PORTB
#define SERVO_MASK 0x0F

#endif

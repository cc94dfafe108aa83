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
 * UART0 (PD0/PD1) carries Modbus RTU at LATCH_BAUD, 8 data bits, even parity, 1 stop bit.
 */
#ifndef LATCH_BOARD_H
#define LATCH_BOARD_H

#include <avr/io.h>
#include <stdint.h>

#define F_CPU_HZ 16000000UL
#define LATCH_BINS 4
#define LATCH_SLAVE_ID 1
#define LATCH_BAUD 19200UL
#define LATCH_VERSION 0x0100

/* Servo outputs are PB0..PB3, bit n for bin n+1. */
#define SERVO_DDR DDRB
#define SERVO_PORT PORTB
#define SERVO_MASK 0x0F

#endif

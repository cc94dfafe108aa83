#ifndef LATCH_RTU_H
#define LATCH_RTU_H

#include <stdint.h>

#define RTU_MAX_ADU 256

/*
 * Modbus RTU framing on UART0. Bytes are collected by the receive interrupt; a silence of 3.5
 * character times (Timer2) ends a frame. Replies go out by the data-register-empty interrupt.
 * While a reply is on the line, received bytes are dropped (half duplex, as on RS-485).
 */
/*
 * baud: 9600 to 115200; parity: LINE_PARITY_* (none sends two stop bits, so a character stays 11
 * bits long). While a reply is on the line, PD2 (RS-485 DE) is high.
 */
void rtu_init(uint32_t baud, uint8_t parity);
/* A complete frame, or 0 when none is waiting. The frame stays valid until rtu_release(). */
uint16_t rtu_frame(const uint8_t **frame);
void rtu_release(void);
/* Whether a frame waits to be served. */
uint8_t rtu_pending(void);
/* Sends len bytes from adu (the CRC is appended here). */
void rtu_send(uint8_t *adu, uint16_t len);
uint16_t rtu_crc(const uint8_t *data, uint16_t len);

#endif

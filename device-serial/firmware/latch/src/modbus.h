#ifndef LATCH_MODBUS_H
#define LATCH_MODBUS_H

#include <stdint.h>

#define MB_EX_ILLEGAL_FUNCTION 0x01
#define MB_EX_ILLEGAL_ADDRESS 0x02
#define MB_EX_ILLEGAL_VALUE 0x03

/* The register tables the application serves; each returns 0 or a Modbus exception code. */
uint8_t mb_read_coil(uint16_t address, uint8_t *value);
uint8_t mb_read_discrete(uint16_t address, uint8_t *value);
uint8_t mb_read_input(uint16_t address, uint16_t *value);
uint8_t mb_read_holding(uint16_t address, uint16_t *value);
uint8_t mb_write_coil(uint16_t address, uint8_t value);
/* Checks a holding write without doing it, so a multi-register write is all or nothing. */
uint8_t mb_check_holding(uint16_t address, uint16_t value);
void mb_write_holding(uint16_t address, uint16_t value);

/*
 * Serves one request ADU (address, PDU, CRC already checked and stripped: len counts address and
 * PDU). Writes the reply ADU without CRC into reply and returns its length.
 * Function codes: 01, 02, 03, 04, 05, 06, 16.
 */
uint16_t mb_serve(const uint8_t *request, uint16_t len, uint8_t *reply);

#endif

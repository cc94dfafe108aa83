#include "rtu.h"

#include <avr/interrupt.h>
#include <util/crc16.h>

#include "board.h"

/* A character is 11 bits (8E1, 8O1 or 8N2); 3.5 characters at 19200 baud = 2005 us, at 9600 baud
 * 4010 us = 250 ticks of 16 us; above 19200 baud the standard's fixed 1750 us. */
static uint8_t gap_ticks(uint32_t baud) {
    uint32_t us = baud > 19200UL ? 1750UL : (1000000UL * 11UL * 7UL / 2UL) / baud;
    return (uint8_t)(us / 16UL);
}

static uint8_t rx_buf[RTU_MAX_ADU];
static volatile uint16_t rx_len;
static volatile uint8_t rx_ready;
static volatile uint8_t rx_overflow;

static uint8_t tx_buf[RTU_MAX_ADU];
static volatile uint16_t tx_len;
static volatile uint16_t tx_pos;
static volatile uint8_t tx_busy;

void rtu_init(uint32_t baud, uint8_t parity) {
    /* Up to 38400 baud at normal speed (51 gives 19231 baud at 16 MHz, 0.2 % off); above, double
     * speed (U2X), which keeps 57600 and 115200 within 2.1 %. */
    uint8_t twice = baud > 38400UL;
    uint32_t divisor = (twice ? 8UL : 16UL) * baud;
    uint16_t ubrr = (uint16_t)((F_CPU_HZ + divisor / 2UL) / divisor - 1UL);
    UBRR0H = (uint8_t)(ubrr >> 8);
    UBRR0L = (uint8_t)ubrr;
    UCSR0A = twice ? (1 << U2X0) : 0;
    uint8_t frame = (1 << UCSZ01) | (1 << UCSZ00);
    if (parity == LINE_PARITY_EVEN) frame |= (1 << UPM01);
    else if (parity == LINE_PARITY_ODD) frame |= (1 << UPM01) | (1 << UPM00);
    else frame |= (1 << USBS0);
    UCSR0C = frame;
    /* DE is PD2, also INT0's pin. INT0 stays masked, but its sense is set to an edge: in the
     * power-on default (low level) simavr polls a low pin every cycle even while masked, which
     * keeps the simulated MCU from sleeping. On the chip this changes nothing. */
    EICRA = (1 << ISC01) | (1 << ISC00);
    RS485_DE_PORT &= (uint8_t) ~(1 << RS485_DE_BIT);
    RS485_DE_DDR |= (1 << RS485_DE_BIT);
    UCSR0B = (1 << RXEN0) | (1 << TXEN0) | (1 << RXCIE0) | (1 << TXCIE0);
    rx_len = 0;
    rx_ready = 0;
    tx_busy = 0;
    TCCR2A = 0;
    TCCR2B = (1 << CS22) | (1 << CS21);
    OCR2A = gap_ticks(baud);
    TIMSK2 = 0;
}

ISR(USART_RX_vect) {
    uint8_t status = UCSR0A;
    uint8_t byte = UDR0;
    if (tx_busy || rx_ready) {
        return;
    }
    if (status & ((1 << FE0) | (1 << UPE0) | (1 << DOR0))) {
        rx_overflow = 1;
    }
    if (rx_len < RTU_MAX_ADU) {
        rx_buf[rx_len++] = byte;
    } else {
        rx_overflow = 1;
    }
    TCNT2 = 0;
    TIFR2 = (1 << OCF2A);
    TIMSK2 = (1 << OCIE2A);
}

ISR(TIMER2_COMPA_vect) {
    TIMSK2 = 0;
    if (rx_overflow) {
        rx_len = 0;
        rx_overflow = 0;
        return;
    }
    if (rx_len > 0) {
        rx_ready = 1;
    }
}

uint16_t rtu_frame(const uint8_t **frame) {
    if (!rx_ready) {
        return 0;
    }
    *frame = rx_buf;
    return rx_len;
}

uint8_t rtu_pending(void) {
    return rx_ready;
}

void rtu_release(void) {
    cli();
    rx_len = 0;
    rx_ready = 0;
    sei();
}

uint16_t rtu_crc(const uint8_t *data, uint16_t len) {
    uint16_t crc = 0xFFFF;
    for (uint16_t i = 0; i < len; i++) {
        crc = _crc16_update(crc, data[i]);
    }
    return crc;
}

void rtu_send(uint8_t *adu, uint16_t len) {
    uint16_t crc = rtu_crc(adu, len);
    while (tx_busy) {
    }
    for (uint16_t i = 0; i < len; i++) {
        tx_buf[i] = adu[i];
    }
    tx_buf[len] = (uint8_t)(crc & 0xFF);
    tx_buf[len + 1] = (uint8_t)(crc >> 8);
    cli();
    tx_len = len + 2;
    tx_pos = 0;
    tx_busy = 1;
    RS485_DE_PORT |= (1 << RS485_DE_BIT);
    UCSR0B |= (1 << UDRIE0);
    sei();
}

ISR(USART_UDRE_vect) {
    if (tx_pos < tx_len) {
        UDR0 = tx_buf[tx_pos++];
    }
    if (tx_pos >= tx_len) {
        UCSR0B &= (uint8_t) ~(1 << UDRIE0);
        /* Only the last byte's transmit-complete may release the bus: clear any flag the byte
         * before it left (written 1 clears it; U2X0 is written back unchanged). */
        UCSR0A |= (1 << TXC0);
    }
}

/* Transmit complete: the last stop bit has left the pin, so the bus may be released. Releasing at
 * the last data-register-empty instead would cut the last byte short on an RS-485 line. */
ISR(USART_TX_vect) {
    if (tx_pos >= tx_len) {
        RS485_DE_PORT &= (uint8_t) ~(1 << RS485_DE_BIT);
        tx_busy = 0;
    }
}

#include "rtu.h"

#include <avr/interrupt.h>
#include <util/crc16.h>

#include "board.h"

/* 8E1 is 11 bits a character; 3.5 characters at 19200 baud = 2005 us = 125 ticks of 16 us. */
#define BIT_US (1000000UL / LATCH_BAUD)
#define GAP_US ((LATCH_BAUD > 19200UL) ? 1750UL : (BIT_US * 11UL * 7UL / 2UL))
#define GAP_TICKS ((uint8_t)(GAP_US / 16UL))

static uint8_t rx_buf[RTU_MAX_ADU];
static volatile uint16_t rx_len;
static volatile uint8_t rx_ready;
static volatile uint8_t rx_overflow;

static uint8_t tx_buf[RTU_MAX_ADU];
static volatile uint16_t tx_len;
static volatile uint16_t tx_pos;
static volatile uint8_t tx_busy;

void rtu_init(void) {
    /* Normal speed (no U2X): 51 gives 19231 baud at 16 MHz, 0.2 % off. */
    uint16_t ubrr = (uint16_t)((F_CPU_HZ + 8UL * LATCH_BAUD) / (16UL * LATCH_BAUD) - 1UL);
    UBRR0H = (uint8_t)(ubrr >> 8);
    UBRR0L = (uint8_t)ubrr;
    UCSR0A = 0;
    UCSR0C = (1 << UPM01) | (1 << UCSZ01) | (1 << UCSZ00);
    UCSR0B = (1 << RXEN0) | (1 << TXEN0) | (1 << RXCIE0) | (1 << TXCIE0);
    rx_len = 0;
    rx_ready = 0;
    tx_busy = 0;
    TCCR2A = 0;
    TCCR2B = (1 << CS22) | (1 << CS21);
    OCR2A = GAP_TICKS;
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
    UCSR0B |= (1 << UDRIE0);
    sei();
}

ISR(USART_UDRE_vect) {
    if (tx_pos < tx_len) {
        UDR0 = tx_buf[tx_pos++];
    }
    if (tx_pos >= tx_len) {
        UCSR0B &= (uint8_t) ~(1 << UDRIE0);
    }
}

ISR(USART_TX_vect) {
    if (tx_pos >= tx_len) {
        tx_busy = 0;
    }
}

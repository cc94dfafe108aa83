#include "modbus.h"

static uint16_t word_at(const uint8_t *p) {
    return (uint16_t)((p[0] << 8) | p[1]);
}

static uint16_t exception(const uint8_t *request, uint8_t code, uint8_t *reply) {
    reply[0] = request[0];
    reply[1] = (uint8_t)(request[1] | 0x80);
    reply[2] = code;
    return 3;
}

static uint16_t read_bits(const uint8_t *request, uint8_t *reply, uint8_t coils) {
    uint16_t start = word_at(request + 2);
    uint16_t count = word_at(request + 4);
    if (count < 1 || count > 2000) {
        return exception(request, MB_EX_ILLEGAL_VALUE, reply);
    }
    uint8_t bytes = (uint8_t)((count + 7) / 8);
    for (uint8_t i = 0; i < bytes; i++) {
        reply[3 + i] = 0;
    }
    for (uint16_t i = 0; i < count; i++) {
        uint8_t bit;
        uint8_t ex = coils ? mb_read_coil(start + i, &bit) : mb_read_discrete(start + i, &bit);
        if (ex) {
            return exception(request, ex, reply);
        }
        if (bit) {
            reply[3 + i / 8] |= (uint8_t)(1 << (i % 8));
        }
    }
    reply[0] = request[0];
    reply[1] = request[1];
    reply[2] = bytes;
    return (uint16_t)(3 + bytes);
}

static uint16_t read_words(const uint8_t *request, uint8_t *reply, uint8_t holding) {
    uint16_t start = word_at(request + 2);
    uint16_t count = word_at(request + 4);
    if (count < 1 || count > 125) {
        return exception(request, MB_EX_ILLEGAL_VALUE, reply);
    }
    for (uint16_t i = 0; i < count; i++) {
        uint16_t v;
        uint8_t ex = holding ? mb_read_holding(start + i, &v) : mb_read_input(start + i, &v);
        if (ex) {
            return exception(request, ex, reply);
        }
        reply[3 + 2 * i] = (uint8_t)(v >> 8);
        reply[4 + 2 * i] = (uint8_t)v;
    }
    reply[0] = request[0];
    reply[1] = request[1];
    reply[2] = (uint8_t)(count * 2);
    return (uint16_t)(3 + count * 2);
}

static uint16_t echo(const uint8_t *request, uint8_t *reply) {
    for (uint8_t i = 0; i < 6; i++) {
        reply[i] = request[i];
    }
    return 6;
}

static uint16_t write_coil(const uint8_t *request, uint8_t *reply) {
    uint16_t value = word_at(request + 4);
    if (value != 0x0000 && value != 0xFF00) {
        return exception(request, MB_EX_ILLEGAL_VALUE, reply);
    }
    uint8_t ex = mb_write_coil(word_at(request + 2), value == 0xFF00);
    return ex ? exception(request, ex, reply) : echo(request, reply);
}

static uint16_t write_register(const uint8_t *request, uint8_t *reply) {
    uint16_t address = word_at(request + 2);
    uint16_t value = word_at(request + 4);
    uint8_t ex = mb_check_holding(address, value);
    if (ex) {
        return exception(request, ex, reply);
    }
    mb_write_holding(address, value);
    return echo(request, reply);
}

static uint16_t write_registers(const uint8_t *request, uint16_t len, uint8_t *reply) {
    uint16_t start = word_at(request + 2);
    uint16_t count = word_at(request + 4);
    if (len < 7 || count < 1 || count > 123 || request[6] != count * 2 || len != 7u + count * 2u) {
        return exception(request, MB_EX_ILLEGAL_VALUE, reply);
    }
    for (uint16_t i = 0; i < count; i++) {
        uint8_t ex = mb_check_holding(start + i, word_at(request + 7 + 2 * i));
        if (ex) {
            return exception(request, ex, reply);
        }
    }
    for (uint16_t i = 0; i < count; i++) {
        mb_write_holding(start + i, word_at(request + 7 + 2 * i));
    }
    return echo(request, reply);
}

uint16_t mb_serve(const uint8_t *request, uint16_t len, uint8_t *reply) {
    uint8_t function = request[1];
    if (function != 16 && len != 6) {
        return exception(request, (function >= 1 && function <= 6) ? MB_EX_ILLEGAL_VALUE : MB_EX_ILLEGAL_FUNCTION,
                         reply);
    }
    switch (function) {
        case 1:
            return read_bits(request, reply, 1);
        case 2:
            return read_bits(request, reply, 0);
        case 3:
            return read_words(request, reply, 1);
        case 4:
            return read_words(request, reply, 0);
        case 5:
            return write_coil(request, reply);
        case 6:
            return write_register(request, reply);
        case 16:
            return write_registers(request, len, reply);
        default:
            return exception(request, MB_EX_ILLEGAL_FUNCTION, reply);
    }
}

/*
 * latch-sim: runs the latch controller firmware in simavr, on a pseudo-terminal, in real time.
 *
 *   latch-sim <firmware.elf> [--link PATH] [--travel-ms N] [--bus N]
 *
 * UART0 is bridged to a new pty; its slave path is printed as "pty <path>" (and symlinked at
 * PATH with --link, so a restarted harness appears at the same name, like a udev link). Then
 * "ready" is printed. Simulated time is paced to the wall clock, so the UART runs at its real baud.
 *
 * With --bus N (1 to 4), N controllers run the same firmware, each an MCU of its own with its own
 * EEPROM, on one simulated RS-485 bus behind the pty, as with half-duplex transceivers whose DE and
 * /RE are wired to PD2: a byte a controller sends reaches the bus (the pty and the other
 * controllers' receivers) only while its PD2 is high; a byte the master sends while any PD2 is high
 * collides with that driver and arrives garbled; PD2 falling before the stop bit of the last byte
 * sent has left the UART is counted as an early release. Bins are numbered across the controllers:
 * 1-4 on the first, 5-8 on the second. Every controller starts as unit 1 (blank EEPROM), so give
 * each its id through the bus with all others isolated, as a technician does. On the bus a byte
 * reaches the master and the other controllers once its stop bit has been sent.
 *
 * Control channel: one command a line on stdin, one answer a line on stdout.
 *   door <bin> open|closed        drive the door switch
 *   phone <bin> present|absent    drive the occupancy sensor
 *   bolt <bin> follow             the bolt follows the servo after the travel time (default)
 *   bolt <bin> stuck              the bolt stays where it is (a jam)
 *   pulse <bin>                   -> "pulse <bin> <width_us> <period_us>" as measured on the pin
 *   state <bin>                   -> "state <bin> door=.. phone=.. bolt=.. mode=.. pulse=.."
 *   corrupt-reply <n>             flip a bit in each of the next n bytes the controller sends
 *   corrupt-request <n>           flip a bit in each of the next n bytes sent to the controller
 *   reset [unit]                  power cycle: the MCU restarts (every one, or one controller),
 *                                 the world stays as it is
 *   hang                          fault injection: the CPU is sent, interrupts off, into the
 *                                 endless loop avr-libc ends every program with; only the
 *                                 watchdog can bring it back
 *   isolate <unit>                with --bus: only this controller stays on the bus
 *   join                          with --bus: every controller is on the bus again
 *   bus                           -> "bus collisions=N de-low-bytes=N de-early=N de-high=N"
 *   quit
 * Every command answers "ok ...", a reading, or "error <why>".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "avr_ioport.h"
#include "avr_uart.h"
#include "sim_avr.h"
#include "sim_core.h"
#include "sim_elf.h"
#include "sim_irq.h"
#include "sim_time.h"

#define BINS 4
#define MAX_UNITS 4
#define ENGAGED_BELOW_US 1500

typedef struct {
    char port;
    int bit;
} pin_t;

/* Must match src/board.h. */
static const pin_t SERVO[BINS] = {{'B', 0}, {'B', 1}, {'B', 2}, {'B', 3}};
static const pin_t DOOR[BINS] = {{'C', 0}, {'C', 1}, {'C', 2}, {'C', 3}};
static const pin_t FEEDBACK[BINS] = {{'C', 4}, {'C', 5}, {'B', 4}, {'B', 5}};
static const pin_t OCCUPANCY[BINS] = {{'D', 4}, {'D', 5}, {'D', 6}, {'D', 7}};
static const pin_t DRIVER_ENABLE = {'D', 2};

/* ATmega328P data addresses of the UART's rate registers, to time the bytes a unit sends. */
#define REG_UCSR0A 0xC0
#define REG_UBRR0L 0xC4
#define REG_UBRR0H 0xC5

typedef struct {
    int door_closed;
    int occupied;
    int bolt_engaged;
    int stuck;
    avr_cycle_count_t rise;
    avr_cycle_count_t prev_rise;
    uint32_t width_us;
    uint32_t period_us;
    avr_cycle_count_t moving_since;
} bin_t;

/* One controller: an MCU, its bins, its receiver's queue and its place on the bus. */
typedef struct {
    avr_t *avr;
    bin_t bins[BINS];
    avr_irq_t *uart_in;
    int uart_xon;
    uint8_t rx[4096];
    size_t rx_len;
    int isolated;
    int de;
    avr_cycle_count_t tx_end;
    void (*core_reset)(avr_t *);
    volatile int inputs_lost;
    uint8_t external_mask[3];
    uint8_t external_value[3];
} unit_t;

/* A byte on the bus reaches the receivers when its stop bit has, not when it starts. */
typedef struct {
    uint8_t byte;
    unit_t *from;
    avr_cycle_count_t due;
} bus_byte_t;

static unit_t units[MAX_UNITS];
static bus_byte_t on_bus[512];
static size_t on_bus_len;
static int unit_count = 1;
static int bus_mode;
static int pty_master = -1;
static uint8_t to_pty[4096];
static size_t to_pty_len;
static int corrupt_reply;
static int corrupt_request;
static int collisions;
static int de_low_bytes;
static int de_early;
static uint64_t wall_anchor_ns;
static uint32_t travel_ms = 300;
static uint32_t stop_program_addr;
static char line[256];
static size_t line_len;
static volatile sig_atomic_t stopping;

static uint64_t wall_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000ULL + (uint64_t)t.tv_nsec;
}

static uint64_t sim_ns(avr_cycle_count_t cycle) {
    return avr_cycles_to_nsec(units[0].avr, cycle);
}

static unit_t *unit_of(avr_t *a) {
    for (int u = 0; u < unit_count; u++) {
        if (units[u].avr == a) return &units[u];
    }
    return &units[0];
}

/* The least simulated time any controller has reached: the bus's time. */
static avr_cycle_count_t bus_cycle(void) {
    avr_cycle_count_t least = units[0].avr->cycle;
    for (int u = 1; u < unit_count; u++) {
        if (units[u].avr->cycle < least) least = units[u].avr->cycle;
    }
    return least;
}

static void drive(unit_t *un, pin_t p, int level) {
    int k = p.port - 'B';
    un->external_mask[k] |= (uint8_t)(1 << p.bit);
    if (level) un->external_value[k] |= (uint8_t)(1 << p.bit);
    else un->external_value[k] &= (uint8_t) ~(1 << p.bit);
    avr_ioport_external_t ext = {.name = (unsigned long)p.port, .mask = un->external_mask[k], .value = un->external_value[k]};
    avr_ioctl(un->avr, AVR_IOCTL_IOPORT_SET_EXTERNAL(p.port), &ext);
    avr_irq_t *irq = avr_io_getirq(un->avr, AVR_IOCTL_IOPORT_GETIRQ(p.port), p.bit);
    avr_raise_irq(irq, !level);
    avr_raise_irq(irq, level);
}

/* Inputs are active low: a closed switch pulls the pin to ground. */
static void drive_inputs(unit_t *un, int i) {
    drive(un, DOOR[i], !un->bins[i].door_closed);
    drive(un, OCCUPANCY[i], !un->bins[i].occupied);
    drive(un, FEEDBACK[i], !un->bins[i].bolt_engaged);
}

static void on_servo(avr_irq_t *irq, uint32_t value, void *param) {
    (void)irq;
    intptr_t n = (intptr_t)param;
    unit_t *un = &units[n / BINS];
    int i = (int)(n % BINS);
    avr_t *avr = un->avr;
    bin_t *b = &un->bins[i];
    if (value) {
        b->prev_rise = b->rise;
        b->rise = avr->cycle;
        if (b->prev_rise) b->period_us = (uint32_t)avr_cycles_to_usec(avr, b->rise - b->prev_rise);
        return;
    }
    if (!b->rise) return;
    b->width_us = (uint32_t)((avr_cycles_to_nsec(avr, avr->cycle - b->rise) + 500) / 1000);
    int target = b->width_us < ENGAGED_BELOW_US;
    if (b->stuck || target == b->bolt_engaged) {
        b->moving_since = 0;
        return;
    }
    if (!b->moving_since) b->moving_since = b->rise;
    if (avr_cycles_to_usec(avr, avr->cycle - b->moving_since) >= travel_ms * 1000ULL) {
        b->bolt_engaged = target;
        b->moving_since = 0;
        drive_inputs(un, i);
    }
}

/* Cycles one 11-bit character takes at the rate the unit's UART is set to. */
static avr_cycle_count_t character_cycles(unit_t *un) {
    uint16_t ubrr = (uint16_t)(un->avr->data[REG_UBRR0L] | (un->avr->data[REG_UBRR0H] << 8));
    uint32_t per_bit = (un->avr->data[REG_UCSR0A] & 0x02 ? 8U : 16U) * (ubrr + 1U);
    return (avr_cycle_count_t)per_bit * 11U;
}

static void deliver(unit_t *to, uint8_t byte) {
    if (to->rx_len < sizeof to->rx) to->rx[to->rx_len++] = byte;
}

static void on_uart_out(avr_irq_t *irq, uint32_t value, void *param) {
    (void)irq;
    unit_t *un = param;
    uint8_t byte = (uint8_t)value;
    if (corrupt_reply > 0) {
        byte ^= 0x20;
        corrupt_reply--;
    }
    if (bus_mode) {
        un->tx_end = un->avr->cycle + character_cycles(un);
        if (!un->de) {
            de_low_bytes++; /* the transceiver's driver is off: nothing reaches the bus */
            return;
        }
        if (un->isolated) return;
        if (on_bus_len < sizeof on_bus / sizeof on_bus[0]) on_bus[on_bus_len++] = (bus_byte_t){byte, un, un->tx_end};
        return;
    }
    if (to_pty_len < sizeof to_pty) to_pty[to_pty_len++] = byte;
}

/* Hands the bytes whose last bit has left the sender to the master and the other receivers. */
static void settle_bus(void) {
    avr_cycle_count_t now = bus_cycle();
    size_t kept = 0;
    for (size_t k = 0; k < on_bus_len; k++) {
        bus_byte_t b = on_bus[k];
        if (b.due > now) {
            on_bus[kept++] = b;
            continue;
        }
        for (int u = 0; u < unit_count; u++) {
            if (&units[u] != b.from && !units[u].isolated) deliver(&units[u], b.byte);
        }
        if (to_pty_len < sizeof to_pty) to_pty[to_pty_len++] = b.byte;
    }
    on_bus_len = kept;
}

static void on_driver_enable(avr_irq_t *irq, uint32_t value, void *param) {
    (void)irq;
    unit_t *un = param;
    int high = value != 0;
    /* Released within the last half bit of the stop bit is fine: receivers sample mid-bit. */
    if (un->de && !high && un->avr->cycle + character_cycles(un) / 22U < un->tx_end) de_early++;
    un->de = high;
}

static void on_xon(avr_irq_t *irq, uint32_t value, void *param) {
    (void)irq;
    (void)value;
    ((unit_t *)param)->uart_xon = 1;
}

static void on_xoff(avr_irq_t *irq, uint32_t value, void *param) {
    (void)irq;
    (void)value;
    ((unit_t *)param)->uart_xon = 0;
}

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
    fflush(stdout);
}

static void power_cycle(unit_t *un) {
    avr_reset(un->avr);
    for (int i = 0; i < BINS; i++) {
        un->bins[i].rise = un->bins[i].prev_rise = 0;
        un->bins[i].moving_since = 0;
        drive_inputs(un, i);
    }
    un->rx_len = 0;
    un->de = 0;
}

/* Finds a function's flash address in the ELF symbol table; 0 when absent. */
static uint32_t find_symbol(const char *path, const char *name) {
    uint32_t found = 0;
    if (elf_version(EV_CURRENT) == EV_NONE) return 0;
    int fd = open(path, O_RDONLY);
    if (fd < 0) return 0;
    Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
    Elf_Scn *scn = NULL;
    while (elf && !found && (scn = elf_nextscn(elf, scn)) != NULL) {
        GElf_Shdr shdr;
        if (!gelf_getshdr(scn, &shdr) || shdr.sh_type != SHT_SYMTAB) continue;
        Elf_Data *data = elf_getdata(scn, NULL);
        size_t count = shdr.sh_entsize ? shdr.sh_size / shdr.sh_entsize : 0;
        for (size_t k = 0; data && k < count; k++) {
            GElf_Sym sym;
            const char *n;
            if (gelf_getsym(data, (int)k, &sym) && (n = elf_strptr(elf, shdr.sh_link, sym.st_name)) &&
                !strcmp(n, name)) {
                found = (uint32_t)sym.st_value;
                break;
            }
        }
    }
    if (elf) elf_end(elf);
    close(fd);
    return found;
}

/* Any reset (ours or the watchdog's) clears the port registers; the world's levels must be
 * driven again before the firmware's first instruction reads them. */
static void on_reset(avr_t *a) {
    unit_t *un = unit_of(a);
    if (un->core_reset) un->core_reset(a);
    un->inputs_lost = 1;
}

static void hang(avr_t *avr) {
    avr_sreg_set(avr, S_I, 0);
    avr->pc = stop_program_addr;
    avr->state = cpu_Running;
}

/* A kiosk bin number (1-based, across the controllers) as a unit and its own bin index. */
static int parse_bin(const char *s, unit_t **un) {
    int b = s ? atoi(s) : 0;
    if (b < 1 || b > BINS * unit_count) return -1;
    *un = &units[(b - 1) / BINS];
    return (b - 1) % BINS;
}

static int parse_unit(const char *s) {
    int u = s ? atoi(s) : 0;
    return (u >= 1 && u <= unit_count) ? u - 1 : -1;
}

static void command(char *cmd) {
    char *verb = strtok(cmd, " \t\r");
    char *a = strtok(NULL, " \t\r");
    char *v = strtok(NULL, " \t\r");
    if (!verb) return;
    if (!strcmp(verb, "quit")) {
        say("ok quit");
        stopping = 1;
        return;
    }
    if (!strcmp(verb, "reset")) {
        int u = a ? parse_unit(a) : -1;
        if (a && u < 0) {
            say("error unit must be 1 to %d: %s", unit_count, a);
            return;
        }
        for (int k = 0; k < unit_count; k++) {
            if (u < 0 || u == k) power_cycle(&units[k]);
        }
        wall_anchor_ns = wall_ns() - sim_ns(bus_cycle());
        say("ok reset");
        return;
    }
    if (!strcmp(verb, "hang")) {
        if (!stop_program_addr) {
            say("error hang: no __stop_program symbol in the firmware");
            return;
        }
        hang(units[0].avr);
        say("ok hang");
        return;
    }
    if (!strcmp(verb, "corrupt-reply") || !strcmp(verb, "corrupt-request")) {
        int n = a ? atoi(a) : 0;
        if (n < 0) n = 0;
        if (!strcmp(verb, "corrupt-reply")) corrupt_reply = n; else corrupt_request = n;
        say("ok %s %d", verb, n);
        return;
    }
    if (!strcmp(verb, "bus")) {
        int high = 0;
        for (int u = 0; u < unit_count; u++) high += units[u].de;
        say("bus collisions=%d de-low-bytes=%d de-early=%d de-high=%d", collisions, de_low_bytes, de_early, high);
        return;
    }
    if (!strcmp(verb, "isolate") || !strcmp(verb, "join")) {
        int u = parse_unit(a);
        if (!bus_mode || (!strcmp(verb, "isolate") && u < 0)) {
            say("error %s needs --bus and a unit 1 to %d", verb, unit_count);
            return;
        }
        for (int k = 0; k < unit_count; k++) {
            units[k].isolated = !strcmp(verb, "isolate") && k != u;
            units[k].rx_len = 0;
        }
        say("ok %s", verb);
        return;
    }
    unit_t *un;
    int i = parse_bin(a, &un);
    if (i < 0) {
        say("error bin must be 1 to %d: %s", BINS * unit_count, a ? a : "(none)");
        return;
    }
    bin_t *b = &un->bins[i];
    int n = atoi(a);
    if (!strcmp(verb, "pulse")) {
        say("pulse %d %u %u", n, b->width_us, b->period_us);
    } else if (!strcmp(verb, "state")) {
        say("state %d door=%s phone=%s bolt=%s mode=%s pulse=%u", n, b->door_closed ? "closed" : "open",
            b->occupied ? "present" : "absent", b->bolt_engaged ? "engaged" : "retracted",
            b->stuck ? "stuck" : "follow", b->width_us);
    } else if (!strcmp(verb, "door") && v && (!strcmp(v, "open") || !strcmp(v, "closed"))) {
        b->door_closed = !strcmp(v, "closed");
        drive_inputs(un, i);
        say("ok door %d %s", n, v);
    } else if (!strcmp(verb, "phone") && v && (!strcmp(v, "present") || !strcmp(v, "absent"))) {
        b->occupied = !strcmp(v, "present");
        drive_inputs(un, i);
        say("ok phone %d %s", n, v);
    } else if (!strcmp(verb, "bolt") && v && (!strcmp(v, "follow") || !strcmp(v, "stuck"))) {
        b->stuck = !strcmp(v, "stuck");
        b->moving_since = 0;
        say("ok bolt %d %s", n, v);
    } else {
        say("error unknown command: %s %s %s", verb, a ? a : "", v ? v : "");
    }
}

static void read_control(void) {
    char buf[256];
    ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
    if (n == 0) {
        stopping = 1;
        return;
    }
    for (ssize_t k = 0; k < n; k++) {
        if (buf[k] == '\n') {
            line[line_len] = 0;
            command(line);
            line_len = 0;
        } else if (line_len < sizeof line - 1) {
            line[line_len++] = buf[k];
        }
    }
}

/* The master's bytes: to the one controller, or onto the bus to every controller on it. */
static void read_pty(void) {
    uint8_t buf[256];
    ssize_t n = read(pty_master, buf, sizeof buf);
    for (ssize_t k = 0; k < n; k++) {
        uint8_t byte = buf[k];
        if (corrupt_request > 0) {
            byte ^= 0x20;
            corrupt_request--;
        }
        if (!bus_mode) {
            deliver(&units[0], byte);
            continue;
        }
        for (int u = 0; u < unit_count; u++) {
            if (units[u].de) {
                collisions++; /* a controller's driver still holds the bus */
                byte ^= 0xFF;
                break;
            }
        }
        for (int u = 0; u < unit_count; u++) {
            if (!units[u].isolated) deliver(&units[u], byte);
        }
    }
}

/* Moves bytes both ways and answers commands; waits at most until the wall clock reaches deadline. */
static void service(uint64_t deadline_ns) {
    if (bus_mode) settle_bus();
    if (to_pty_len) {
        ssize_t n = write(pty_master, to_pty, to_pty_len);
        if (n > 0) {
            memmove(to_pty, to_pty + n, to_pty_len - (size_t)n);
            to_pty_len -= (size_t)n;
        }
    }
    /* The UART's receive FIFO paces the bytes at the baud rate in simulated time. */
    int waiting = 0;
    for (int u = 0; u < unit_count; u++) {
        unit_t *un = &units[u];
        size_t fed = 0;
        while (fed < un->rx_len && un->uart_xon) {
            avr_raise_irq(un->uart_in, un->rx[fed++]);
        }
        if (fed) {
            memmove(un->rx, un->rx + fed, un->rx_len - fed);
            un->rx_len -= fed;
        }
        if (un->rx_len && un->uart_xon) waiting = 1;
    }
    struct pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {pty_master, POLLIN, 0}};
    uint64_t now = wall_ns();
    uint64_t wait = deadline_ns > now ? deadline_ns - now : 0;
    if (waiting) wait = 0;
    struct timespec ts = {(time_t)(wait / 1000000000ULL), (long)(wait % 1000000000ULL)};
    if (ppoll(fds, 2, &ts, NULL) > 0) {
        if (fds[0].revents & (POLLIN | POLLHUP)) read_control();
        if (fds[1].revents & POLLIN) read_pty();
    }
}

/* A sleeping controller waits for the wall clock, but never past the time the others have reached:
 * they run on while it sleeps. */
static void sleep_until_sim_time(avr_t *a, avr_cycle_count_t how_long) {
    avr_cycle_count_t until = a->cycle + how_long;
    for (int u = 0; u < unit_count; u++) {
        if (units[u].avr != a && units[u].avr->cycle < until) until = units[u].avr->cycle;
    }
    service(wall_anchor_ns + sim_ns(until));
}

static int open_pty(const char *link) {
    pty_master = posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (pty_master < 0 || grantpt(pty_master) || unlockpt(pty_master)) {
        perror("latch-sim: pty");
        return -1;
    }
    const char *name = ptsname(pty_master);
    int slave = open(name, O_RDWR | O_NOCTTY);
    struct termios t;
    if (slave < 0 || tcgetattr(slave, &t)) {
        perror("latch-sim: pty slave");
        return -1;
    }
    cfmakeraw(&t);
    tcsetattr(slave, TCSANOW, &t);
    /* The slave stays open here so the master never sees a hang-up when the driver closes it. */
    if (link) {
        unlink(link);
        if (symlink(name, link)) {
            perror("latch-sim: symlink");
            return -1;
        }
    }
    say("pty %s", name);
    return 0;
}

static int start_unit(unit_t *un, elf_firmware_t *fw) {
    un->avr = avr_make_mcu_by_name(fw->mmcu);
    if (!un->avr) {
        fprintf(stderr, "latch-sim: unknown MCU %s\n", fw->mmcu);
        return 1;
    }
    avr_t *avr = un->avr;
    avr_init(avr);
    avr_load_firmware(avr, fw);
    un->core_reset = avr->reset;
    avr->reset = on_reset;
    avr->sleep = sleep_until_sim_time;
    un->uart_xon = 1;
    uint32_t flags = 0;
    avr_ioctl(avr, AVR_IOCTL_UART_GET_FLAGS('0'), &flags);
    flags &= ~(uint32_t)AVR_UART_FLAG_STDIO;
    avr_ioctl(avr, AVR_IOCTL_UART_SET_FLAGS('0'), &flags);
    un->uart_in = avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_INPUT);
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUTPUT), on_uart_out, un);
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUT_XON), on_xon, un);
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUT_XOFF), on_xoff, un);
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ(DRIVER_ENABLE.port), DRIVER_ENABLE.bit),
                            on_driver_enable, un);
    intptr_t index = un - units;
    for (int i = 0; i < BINS; i++) {
        un->bins[i] = (bin_t){.door_closed = 1, .bolt_engaged = 1};
        avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ(SERVO[i].port), SERVO[i].bit), on_servo,
                                (void *)(index * BINS + i));
        drive_inputs(un, i);
    }
    return 0;
}

/* Runs the controller furthest behind for one step, so they all keep the same simulated time. */
static int run_step(void) {
    unit_t *next = &units[0];
    for (int u = 1; u < unit_count; u++) {
        if (units[u].avr->cycle < next->avr->cycle) next = &units[u];
    }
    int state = avr_run(next->avr);
    if (next->inputs_lost) {
        next->inputs_lost = 0;
        for (int i = 0; i < BINS; i++) drive_inputs(next, i);
    }
    return state;
}

int main(int argc, char **argv) {
    const char *link = NULL;
    if (argc < 2) {
        fprintf(stderr, "usage: latch-sim <firmware.elf> [--link PATH] [--travel-ms N] [--bus N]\n");
        return 2;
    }
    for (int k = 2; k < argc; k++) {
        if (!strcmp(argv[k], "--link") && k + 1 < argc) link = argv[++k];
        else if (!strcmp(argv[k], "--travel-ms") && k + 1 < argc) travel_ms = (uint32_t)atoi(argv[++k]);
        else if (!strcmp(argv[k], "--bus") && k + 1 < argc) {
            unit_count = atoi(argv[++k]);
            bus_mode = 1;
            if (unit_count < 1 || unit_count > MAX_UNITS) {
                fprintf(stderr, "latch-sim: --bus takes 1 to %d controllers\n", MAX_UNITS);
                return 2;
            }
        } else {
            fprintf(stderr, "latch-sim: unknown argument %s\n", argv[k]);
            return 2;
        }
    }
    elf_firmware_t fw;
    memset(&fw, 0, sizeof fw);
    if (elf_read_firmware(argv[1], &fw)) {
        fprintf(stderr, "latch-sim: cannot read firmware %s\n", argv[1]);
        return 1;
    }
    if (!fw.mmcu[0]) strcpy(fw.mmcu, "atmega328p");
    if (!fw.frequency) fw.frequency = 16000000;
    for (int u = 0; u < unit_count; u++) {
        if (start_unit(&units[u], &fw)) return 1;
    }
    stop_program_addr = find_symbol(argv[1], "__stop_program");
    signal(SIGPIPE, SIG_IGN);
    if (open_pty(link)) return 1;
    wall_anchor_ns = wall_ns() - sim_ns(bus_cycle());
    /* Let the firmware boot (its UART receiver is off until then) before announcing the line. */
    while (!stopping && sim_ns(bus_cycle()) < 50000000ULL) {
        int state = run_step();
        if (state == cpu_Done || state == cpu_Crashed) {
            fprintf(stderr, "latch-sim: firmware stopped while booting (state %d)\n", state);
            return 1;
        }
    }
    say("ready");

    unsigned spin = 0;
    while (!stopping) {
        int state = run_step();
        if (state == cpu_Done || state == cpu_Crashed) {
            fprintf(stderr, "latch-sim: firmware stopped (state %d)\n", state);
            break;
        }
        if (++spin >= 2048) {
            spin = 0;
            uint64_t due = wall_anchor_ns + sim_ns(bus_cycle());
            uint64_t now = wall_ns();
            if (now > due + 100000000ULL) wall_anchor_ns = now - sim_ns(bus_cycle());
            service(due > now ? due : now);
        }
    }
    if (link) unlink(link);
    return 0;
}

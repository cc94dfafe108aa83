/*
 * latch-sim: runs the latch controller firmware in simavr, on a pseudo-terminal, in real time.
 *
 *   latch-sim <firmware.elf> [--link PATH] [--travel-ms N]
 *
 * UART0 is bridged to a new pty; its slave path is printed as "pty <path>" (and symlinked at
 * PATH with --link, so a restarted harness appears at the same name, like a udev link). Then
 * "ready" is printed. Simulated time is paced to the wall clock, so the UART runs at its real baud.
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
 *   reset                         power cycle: the MCU restarts, the world stays as it is
 *   hang                          fault injection: the CPU is sent, interrupts off, into the
 *                                 endless loop avr-libc ends every program with; only the
 *                                 watchdog can bring it back
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

static avr_t *avr;
static bin_t bins[BINS];
static int pty_master = -1;
static avr_irq_t *uart_in;
static int uart_xon = 1;
static uint8_t to_mcu[4096];
static size_t to_mcu_len;
static uint8_t to_pty[4096];
static size_t to_pty_len;
static int corrupt_reply;
static int corrupt_request;
static uint64_t wall_anchor_ns;
static uint32_t travel_ms = 300;
static uint32_t stop_program_addr;
static void (*core_reset)(avr_t *);
static volatile int inputs_lost;
static char line[256];
static size_t line_len;
static volatile sig_atomic_t stopping;

static uint64_t wall_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000ULL + (uint64_t)t.tv_nsec;
}

static uint64_t sim_ns(avr_cycle_count_t cycle) {
    return avr_cycles_to_nsec(avr, cycle);
}

/* What the outside world holds each input pin at, so the port's pull-ups do not override it. */
static uint8_t external_mask[3];
static uint8_t external_value[3];

static void drive(pin_t p, int level) {
    int k = p.port - 'B';
    external_mask[k] |= (uint8_t)(1 << p.bit);
    if (level) external_value[k] |= (uint8_t)(1 << p.bit);
    else external_value[k] &= (uint8_t) ~(1 << p.bit);
    avr_ioport_external_t ext = {.name = (unsigned long)p.port, .mask = external_mask[k], .value = external_value[k]};
    avr_ioctl(avr, AVR_IOCTL_IOPORT_SET_EXTERNAL(p.port), &ext);
    avr_irq_t *irq = avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ(p.port), p.bit);
    avr_raise_irq(irq, !level);
    avr_raise_irq(irq, level);
}

/* Inputs are active low: a closed switch pulls the pin to ground. */
static void drive_inputs(int i) {
    drive(DOOR[i], !bins[i].door_closed);
    drive(OCCUPANCY[i], !bins[i].occupied);
    drive(FEEDBACK[i], !bins[i].bolt_engaged);
}

static void on_servo(avr_irq_t *irq, uint32_t value, void *param) {
    (void)irq;
    bin_t *b = &bins[(intptr_t)param];
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
        drive_inputs((int)(intptr_t)param);
    }
}

static void on_uart_out(avr_irq_t *irq, uint32_t value, void *param) {
    (void)irq;
    (void)param;
    uint8_t byte = (uint8_t)value;
    if (corrupt_reply > 0) {
        byte ^= 0x20;
        corrupt_reply--;
    }
    if (to_pty_len < sizeof to_pty) to_pty[to_pty_len++] = byte;
}

static void on_xon(avr_irq_t *irq, uint32_t value, void *param) {
    (void)irq;
    (void)value;
    (void)param;
    uart_xon = 1;
}

static void on_xoff(avr_irq_t *irq, uint32_t value, void *param) {
    (void)irq;
    (void)value;
    (void)param;
    uart_xon = 0;
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

static void power_cycle(void) {
    avr_reset(avr);
    for (int i = 0; i < BINS; i++) {
        bins[i].rise = bins[i].prev_rise = 0;
        bins[i].moving_since = 0;
        drive_inputs(i);
    }
    to_mcu_len = 0;
    wall_anchor_ns = wall_ns() - sim_ns(avr->cycle);
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
    if (core_reset) core_reset(a);
    inputs_lost = 1;
}

static void hang(void) {
    avr_sreg_set(avr, S_I, 0);
    avr->pc = stop_program_addr;
    avr->state = cpu_Running;
}

static int parse_bin(const char *s) {
    int b = s ? atoi(s) : 0;
    return (b >= 1 && b <= BINS) ? b - 1 : -1;
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
        power_cycle();
        say("ok reset");
        return;
    }
    if (!strcmp(verb, "hang")) {
        if (!stop_program_addr) {
            say("error hang: no __stop_program symbol in the firmware");
            return;
        }
        hang();
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
    int i = parse_bin(a);
    if (i < 0) {
        say("error bin must be 1 to %d: %s", BINS, a ? a : "(none)");
        return;
    }
    bin_t *b = &bins[i];
    if (!strcmp(verb, "pulse")) {
        say("pulse %d %u %u", i + 1, b->width_us, b->period_us);
    } else if (!strcmp(verb, "state")) {
        say("state %d door=%s phone=%s bolt=%s mode=%s pulse=%u", i + 1, b->door_closed ? "closed" : "open",
            b->occupied ? "present" : "absent", b->bolt_engaged ? "engaged" : "retracted",
            b->stuck ? "stuck" : "follow", b->width_us);
    } else if (!strcmp(verb, "door") && v && (!strcmp(v, "open") || !strcmp(v, "closed"))) {
        b->door_closed = !strcmp(v, "closed");
        drive_inputs(i);
        say("ok door %d %s", i + 1, v);
    } else if (!strcmp(verb, "phone") && v && (!strcmp(v, "present") || !strcmp(v, "absent"))) {
        b->occupied = !strcmp(v, "present");
        drive_inputs(i);
        say("ok phone %d %s", i + 1, v);
    } else if (!strcmp(verb, "bolt") && v && (!strcmp(v, "follow") || !strcmp(v, "stuck"))) {
        b->stuck = !strcmp(v, "stuck");
        b->moving_since = 0;
        say("ok bolt %d %s", i + 1, v);
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

static void read_pty(void) {
    uint8_t buf[256];
    ssize_t n = read(pty_master, buf, sizeof buf);
    for (ssize_t k = 0; k < n && to_mcu_len < sizeof to_mcu; k++) {
        uint8_t byte = buf[k];
        if (corrupt_request > 0) {
            byte ^= 0x20;
            corrupt_request--;
        }
        to_mcu[to_mcu_len++] = byte;
    }
}

/* Moves bytes both ways and answers commands; waits at most until the wall clock reaches deadline. */
static void service(uint64_t deadline_ns) {
    if (to_pty_len) {
        ssize_t n = write(pty_master, to_pty, to_pty_len);
        if (n > 0) {
            memmove(to_pty, to_pty + n, to_pty_len - (size_t)n);
            to_pty_len -= (size_t)n;
        }
    }
    /* The UART's receive FIFO paces the bytes at the baud rate in simulated time. */
    size_t fed = 0;
    while (fed < to_mcu_len && uart_xon) {
        avr_raise_irq(uart_in, to_mcu[fed++]);
    }
    if (fed) {
        memmove(to_mcu, to_mcu + fed, to_mcu_len - fed);
        to_mcu_len -= fed;
    }
    struct pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {pty_master, POLLIN, 0}};
    uint64_t now = wall_ns();
    uint64_t wait = deadline_ns > now ? deadline_ns - now : 0;
    if (to_mcu_len && uart_xon) wait = 0;
    struct timespec ts = {(time_t)(wait / 1000000000ULL), (long)(wait % 1000000000ULL)};
    if (ppoll(fds, 2, &ts, NULL) > 0) {
        if (fds[0].revents & (POLLIN | POLLHUP)) read_control();
        if (fds[1].revents & POLLIN) read_pty();
    }
}

static void sleep_until_sim_time(avr_t *a, avr_cycle_count_t how_long) {
    service(wall_anchor_ns + sim_ns(a->cycle + how_long));
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

int main(int argc, char **argv) {
    const char *link = NULL;
    if (argc < 2) {
        fprintf(stderr, "usage: latch-sim <firmware.elf> [--link PATH] [--travel-ms N]\n");
        return 2;
    }
    for (int k = 2; k < argc; k++) {
        if (!strcmp(argv[k], "--link") && k + 1 < argc) link = argv[++k];
        else if (!strcmp(argv[k], "--travel-ms") && k + 1 < argc) travel_ms = (uint32_t)atoi(argv[++k]);
        else {
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
    avr = avr_make_mcu_by_name(fw.mmcu);
    if (!avr) {
        fprintf(stderr, "latch-sim: unknown MCU %s\n", fw.mmcu);
        return 1;
    }
    avr_init(avr);
    avr_load_firmware(avr, &fw);
    stop_program_addr = find_symbol(argv[1], "__stop_program");
    core_reset = avr->reset;
    avr->reset = on_reset;
    avr->sleep = sleep_until_sim_time;

    uint32_t flags = 0;
    avr_ioctl(avr, AVR_IOCTL_UART_GET_FLAGS('0'), &flags);
    flags &= ~(uint32_t)AVR_UART_FLAG_STDIO;
    avr_ioctl(avr, AVR_IOCTL_UART_SET_FLAGS('0'), &flags);
    uart_in = avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_INPUT);
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUTPUT), on_uart_out, NULL);
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUT_XON), on_xon, NULL);
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUT_XOFF), on_xoff, NULL);
    for (int i = 0; i < BINS; i++) {
        bins[i] = (bin_t){.door_closed = 1, .bolt_engaged = 1};
        avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ(SERVO[i].port), SERVO[i].bit), on_servo,
                                (void *)(intptr_t)i);
        drive_inputs(i);
    }
    signal(SIGPIPE, SIG_IGN);
    if (open_pty(link)) return 1;
    wall_anchor_ns = wall_ns() - sim_ns(avr->cycle);
    /* Let the firmware boot (its UART receiver is off until then) before announcing the line. */
    while (!stopping && sim_ns(avr->cycle) < 50000000ULL) {
        int state = avr_run(avr);
        if (state == cpu_Done || state == cpu_Crashed) {
            fprintf(stderr, "latch-sim: firmware stopped while booting (state %d)\n", state);
            return 1;
        }
    }
    say("ready");

    unsigned spin = 0;
    while (!stopping) {
        int state = avr_run(avr);
        if (inputs_lost) {
            inputs_lost = 0;
            for (int i = 0; i < BINS; i++) drive_inputs(i);
        }
        if (state == cpu_Done || state == cpu_Crashed) {
            fprintf(stderr, "latch-sim: firmware stopped (state %d)\n", state);
            break;
        }
        if (++spin >= 2048) {
            spin = 0;
            uint64_t due = wall_anchor_ns + sim_ns(avr->cycle);
            uint64_t now = wall_ns();
            if (now > due + 100000000ULL) wall_anchor_ns = now - sim_ns(avr->cycle);
            service(due > now ? due : now);
        }
    }
    if (link) unlink(link);
    return 0;
}

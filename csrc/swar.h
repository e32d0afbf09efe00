/*
 * Eight bytes at a time: tests on the bytes of a 64-bit word (SWAR), for
 * the loops over ASCII that most news text is. Private to the core.
 *
 * A test yields a mask with the high bit of each byte that passes. The
 * tests assume bytes below 0x80 (ASCII): callers set apart the bytes with
 * the high bit first (x & VERBA_HIGH_BITS).
 */
#ifndef VERBA_SWAR_H
#define VERBA_SWAR_H

#include <stdint.h>
#include <string.h>

#define VERBA_BYTES(x) (UINT64_C(0x0101010101010101) * (x)) /* x in every byte */
#define VERBA_HIGH_BITS VERBA_BYTES(0x80)

/* Where the machine is known to be little-endian (the first byte in
 * memory is the low one) and counts trailing zeros in one instruction,
 * the position of the first byte that passes a test comes at once; other
 * machines take the byte-by-byte loops these fast paths sit in front of
 * (VERBA_NO_SWAR takes them anywhere: `make analyze` compiles them so). */
#if !defined(VERBA_NO_SWAR) && defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define VERBA_SWAR_FIRST 1
/* The index of the first byte (in memory order) whose high bit is set in
 * m, which is not 0. */
static inline size_t verba_first_byte(uint64_t m) {
  return (size_t)__builtin_ctzll(m) / 8;
}
#else
#define VERBA_SWAR_FIRST 0
#endif

/* SSE2, part of every x86-64: the hottest scans read 16 bytes at a time
 * there (other machines: the 8 of this file, or one). */
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define VERBA_SSE2 1
#else
#define VERBA_SSE2 0
#endif

/* The 8 bytes at p, in the machine's order (memcpy: any alignment). */
static inline uint64_t verba_load8(const unsigned char *p) {
  uint64_t x;
  memcpy(&x, p, 8);
  return x;
}

/* Bytes in lo..hi (lo >= 1, hi < 0x80): v + (0x80 - lo) has the high bit
 * when v >= lo, with no carry into the next byte. */
static inline uint64_t verba_bytes_within(uint64_t x, unsigned lo, unsigned hi) {
  return (x + VERBA_BYTES(0x80 - lo)) & ~(x + VERBA_BYTES(0x80 - hi - 1)) &
         VERBA_HIGH_BITS;
}

/* The zero bytes of x, whose bytes are all below 0x80: one add, as no
 * byte carries into the next. */
static inline uint64_t verba_bytes_zero7(uint64_t x) {
  return ~(x + VERBA_BYTES(0x7F)) & VERBA_HIGH_BITS;
}

/* Bytes equal to c (< 0x80): exact for every byte (no borrow between
 * them), so any of them may be taken, not only the first. */
static inline uint64_t verba_bytes_equal(uint64_t x, unsigned c) {
  uint64_t y = (x ^ VERBA_BYTES(c)) & VERBA_BYTES(0x7F);
  return ~(y + VERBA_BYTES(0x7F)) & ~x & VERBA_HIGH_BITS;
}

/* How many bytes of the mask m pass: their sum lands in the top byte. */
static inline unsigned verba_count_bytes(uint64_t m) {
  return (unsigned)(((m >> 7) * VERBA_BYTES(1)) >> 56);
}

#endif

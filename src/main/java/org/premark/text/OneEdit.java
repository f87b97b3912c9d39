package org.premark.text;

import java.util.Objects;
import java.util.Set;

/**
 * Whether one letter deleted, changed, added or two swapped make a word a known one, as
 * {@link TextNormalizerRules#oneEditFrom} decides it, but without building a string for each of the word's
 * hundreds of one-edit neighbours: each neighbour's polynomial hash follows from the word's prefix hashes in a few
 * multiplications and is looked up in a table of the known words' hashes; only a neighbour whose hash is there is
 * built and looked up in the word set itself. A hash never misses a known word, so the answer is the same.
 * Immutable after construction; thread-safe.
 */
final class OneEdit {

    /** Odd, so powers of it never vanish mod 2^64. */
    private static final long BASE = 0x100000001B3L;

    private final Set<String> words;
    /** Open addressing; 0 marks an empty slot, so a key of 0 is stored as 1. */
    private final long[] table;
    private final int mask;

    OneEdit(Set<String> words) {
        this.words = Objects.requireNonNull(words, "words");
        int capacity = 4;
        while (capacity < words.size() * 2) {
            capacity <<= 1;
        }
        this.table = new long[capacity];
        this.mask = capacity - 1;
        for (String w : words) {
            add(key(hash(w), w.length()));
        }
    }

    /** Same answer as {@link TextNormalizerRules#oneEditFrom(String, Set)} over this object's words. */
    boolean from(String w) {
        int n = w.length();
        long[] pow = new long[n + 2];
        pow[0] = 1;
        for (int k = 1; k < pow.length; k++) {
            pow[k] = pow[k - 1] * BASE;
        }
        long[] pre = new long[n + 1];
        for (int k = 0; k < n; k++) {
            pre[k + 1] = pre[k] * BASE + w.charAt(k);
        }
        long whole = pre[n];
        StringBuilder b = new StringBuilder(n + 1);
        for (int i = 0; i <= n; i++) {
            long suffix = whole - pre[i] * pow[n - i]; // hash of w[i, n)
            if (i < n) {
                long afterI = whole - pre[i + 1] * pow[n - i - 1]; // hash of w[i + 1, n)
                if (has(pre[i] * pow[n - i - 1] + afterI, n - 1)
                        && words.contains(w.substring(0, i) + w.substring(i + 1))) {
                    return true;
                }
                if (i + 1 < n) {
                    long afterNext = whole - pre[i + 2] * pow[n - i - 2];
                    long swapped = pre[i] * pow[n - i] + w.charAt(i + 1) * pow[n - i - 1] + w.charAt(i) * pow[n - i - 2]
                            + afterNext;
                    if (has(swapped, n) && words.contains(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i)
                            + w.substring(i + 2))) {
                        return true;
                    }
                }
            }
            for (char c = 'a'; c <= 'z'; c++) {
                if (has(pre[i] * pow[n - i + 1] + c * pow[n - i] + suffix, n + 1)) {
                    b.setLength(0);
                    b.append(w, 0, i).append(c).append(w, i, n);
                    if (words.contains(b.toString())) {
                        return true;
                    }
                }
                if (i < n && c != w.charAt(i) && has(whole + (c - w.charAt(i)) * pow[n - 1 - i], n)) {
                    b.setLength(0);
                    b.append(w, 0, i).append(c).append(w, i + 1, n);
                    if (words.contains(b.toString())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The polynomial hash the neighbours' hashes are derived from: sum of char(k) * BASE^(n-1-k), mod 2^64. */
    static long hash(String s) {
        long h = 0;
        for (int k = 0; k < s.length(); k++) {
            h = h * BASE + s.charAt(k);
        }
        return h;
    }

    private boolean has(long hash, int length) {
        long key = key(hash, length);
        for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
            long k = table[slot];
            if (k == key) {
                return true;
            }
            if (k == 0) {
                return false;
            }
        }
    }

    private void add(long key) {
        for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
            long k = table[slot];
            if (k == key) {
                return;
            }
            if (k == 0) {
                table[slot] = key;
                return;
            }
        }
    }

    /** The hash and the length mixed (MurmurHash3's finaliser), so that slots spread evenly. */
    private static long key(long hash, int length) {
        long k = hash ^ ((long) length << 56) ^ length;
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k == 0 ? 1 : k;
    }
}

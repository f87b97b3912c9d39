package org.premark.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.premark.eval.GoldAnswer;
import org.premark.marking.MarkerLexical;

/**
 * Repeats the seed answers in turn and varies each copy with a seeded {@link Random}: with probability
 * {@value #JOIN} another answer on the same question is appended, with {@value #SHUFFLE} the sentences are
 * reordered, with {@value #MISSPELL} one to three words of four or more letters get a typo (two letters swapped,
 * one dropped, doubled, or a vowel replaced; the first letter is kept, as in most real misspellings). A
 * variation that would change nothing (one sentence to shuffle) is not recorded. {@link Random} is specified
 * exactly, so a seed gives the same workload on every JDK.
 */
public final class WorkloadGeneratorRandom implements WorkloadGenerator {

    static final double JOIN = 0.3;
    static final double SHUFFLE = 0.5;
    static final double MISSPELL = 0.5;
    static final int MAX_TYPOS = 3;

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{4,}");
    private static final String VOWELS = "aeiou";

    private final long seed;

    public WorkloadGeneratorRandom(long seed) {
        this.seed = seed;
    }

    @Override
    public List<BenchAnswer> generate(List<GoldAnswer> seeds, int size) {
        Objects.requireNonNull(seeds, "seeds");
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("seeds must not be empty");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, got " + size);
        }
        Map<String, List<GoldAnswer>> byRubric = new LinkedHashMap<>();
        for (GoldAnswer g : seeds) {
            byRubric.computeIfAbsent(g.rubricId(), k -> new ArrayList<>()).add(g);
        }
        Random random = new Random(seed);
        int digits = String.valueOf(Math.max(0, size - 1)).length();
        List<BenchAnswer> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            GoldAnswer base = seeds.get(i % seeds.size());
            Set<Variation> applied = EnumSet.noneOf(Variation.class);
            String text = base.answer();
            if (random.nextDouble() < JOIN) {
                List<GoldAnswer> others = byRubric.get(base.rubricId()).stream().filter(g -> g != base).toList();
                if (!others.isEmpty()) {
                    GoldAnswer other = others.get(random.nextInt(others.size()));
                    String joined = text.strip() + (random.nextBoolean() ? " " : "\n\n") + other.answer().strip();
                    if (joined.length() <= MarkerLexical.MAX_ANSWER_CHARS) {
                        text = joined;
                        applied.add(Variation.JOINED);
                    }
                }
            }
            if (random.nextDouble() < SHUFFLE) {
                String shuffled = shuffleSentences(text, random);
                if (!shuffled.equals(text)) {
                    text = shuffled;
                    applied.add(Variation.SHUFFLED);
                }
            }
            if (random.nextDouble() < MISSPELL) {
                String misspelled = misspell(text, 1 + random.nextInt(MAX_TYPOS), random);
                if (!misspelled.equals(text)) {
                    text = misspelled;
                    applied.add(Variation.MISSPELLED);
                }
            }
            String id = "w" + String.format("%0" + digits + "d", i) + "-" + base.id();
            out.add(new BenchAnswer(id, base.rubricId(), text, base.id(), applied));
        }
        return List.copyOf(out);
    }

    /** The sentences of {@code text} in another order, joined by spaces; {@code text} itself if it has one. */
    static String shuffleSentences(String text, Random random) {
        List<String> sentences = new ArrayList<>(List.of(SENTENCE_BREAK.split(text.strip())));
        if (sentences.size() < 2) {
            return text;
        }
        List<String> original = List.copyOf(sentences);
        Collections.shuffle(sentences, random);
        if (sentences.equals(original)) {
            Collections.rotate(sentences, 1); // a shuffle may return the same order; never count that as varied
        }
        return String.join(" ", sentences);
    }

    /** {@code text} with a typo in up to {@code typos} distinct words of four or more letters. */
    static String misspell(String text, int typos, Random random) {
        List<int[]> words = new ArrayList<>();
        Matcher m = LONG_WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        if (words.isEmpty()) {
            return text;
        }
        Collections.shuffle(words, random);
        List<int[]> chosen = new ArrayList<>(words.subList(0, Math.min(typos, words.size())));
        chosen.sort((a, b) -> Integer.compare(b[0], a[0])); // right to left, so earlier offsets stay valid
        StringBuilder sb = new StringBuilder(text);
        for (int[] w : chosen) {
            sb.replace(w[0], w[1], typo(text.substring(w[0], w[1]), random));
        }
        return sb.toString();
    }

    /** One typo in {@code word} (at least four letters); never returns the word unchanged. */
    static String typo(String word, Random random) {
        StringBuilder sb = new StringBuilder(word);
        int n = word.length();
        switch (random.nextInt(4)) {
            case 0 -> { // swap two neighbours after the first letter; doubling instead when they are the same
                int j = 1 + random.nextInt(n - 2);
                char a = sb.charAt(j);
                char b = sb.charAt(j + 1);
                if (a == b) {
                    sb.insert(j, a);
                } else {
                    sb.setCharAt(j, b);
                    sb.setCharAt(j + 1, a);
                }
            }
            case 1 -> sb.deleteCharAt(1 + random.nextInt(n - 1));
            case 2 -> {
                int j = 1 + random.nextInt(n - 1);
                sb.insert(j, sb.charAt(j));
            }
            default -> {
                List<Integer> vowels = new ArrayList<>();
                for (int j = 1; j < n; j++) {
                    if (VOWELS.indexOf(Character.toLowerCase(sb.charAt(j))) >= 0) {
                        vowels.add(j);
                    }
                }
                if (vowels.isEmpty()) {
                    sb.deleteCharAt(1 + random.nextInt(n - 1));
                } else {
                    int j = vowels.get(random.nextInt(vowels.size()));
                    char current = Character.toLowerCase(sb.charAt(j));
                    String others = VOWELS.replace(String.valueOf(current), "");
                    sb.setCharAt(j, others.charAt(random.nextInt(others.length())));
                }
            }
        }
        return sb.toString();
    }
}

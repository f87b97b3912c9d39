package org.premark.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PointSignalLexicalTest {

    /**
     * Expanding a claim by only the groups whose members' first terms it has gives the same terms as trying every
     * group, on groups and claims drawn at random from a small vocabulary.
     */
    @Test
    void expandingByCandidateGroupsEqualsTryingEveryGroup() {
        List<String> vocabulary = List.of("king", "crown", "tax", "levy", "salt", "duty", "army", "troops", "revolt",
                "rising");
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            List<List<List<String>>> groups = new ArrayList<>();
            for (int g = random.nextInt(4); g > 0; g--) {
                List<List<String>> members = new ArrayList<>();
                for (int m = 2 + random.nextInt(2); m > 0; m--) {
                    List<String> member = new ArrayList<>();
                    for (int t = 1 + random.nextInt(2); t > 0; t--) {
                        member.add(vocabulary.get(random.nextInt(vocabulary.size())));
                    }
                    members.add(List.copyOf(member));
                }
                groups.add(List.copyOf(members));
            }
            Set<String> claim = new HashSet<>();
            for (int t = random.nextInt(5); t > 0; t--) {
                claim.add(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            List<List<List<String>>> candidates = PointSignalLexical.candidateGroups(claim, groups,
                    PointSignalLexical.byFirstTerm(groups));
            assertEquals(PointSignalLexical.expand(List.copyOf(claim), groups),
                    PointSignalLexical.expand(claim, candidates), "groups " + groups + ", claim " + claim);
        }
    }
}

package no.journeydiag.workshop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The distribution strip: one dot per participant in a workshop-sized team, grouped in a large one. */
class TeamViewsTest {

    @Test
    void aSmallTeamGetsOneDotPerParticipantStackedWhereScoresMeet() {
        List<Double> scores = List.of(50.0, 50.0, 50.0, 80.0);
        assertEquals(1, TeamViews.perDot(scores));
        List<TeamView.Dot> dots = TeamViews.dots(scores, 1);
        assertEquals(4, dots.size());
        // 50 points sits at 8 + 284 × 0.5 = 150 px; the three equal scores stack 7 px apart from y = 12
        assertEquals(
                List.of(
                        new TeamView.Dot(150, 12),
                        new TeamView.Dot(150, 19),
                        new TeamView.Dot(150, 26),
                        new TeamView.Dot(235, 12)),
                dots);
    }

    @Test
    void aLargeTeamGroupsParticipantsSoNoStackPassesFifteenDots() {
        List<Double> scores = new ArrayList<>(Collections.nCopies(40, 50.0)); // 40 at one place
        scores.addAll(Collections.nCopies(5, 10.0));
        assertEquals(3, TeamViews.perDot(scores), "⌈40 ÷ 15⌉");
        List<TeamView.Dot> dots = TeamViews.dots(scores, 3);
        assertEquals(14 + 2, dots.size(), "⌈40 ÷ 3⌉ dots at 50 and ⌈5 ÷ 3⌉ at 10");
        assertEquals(
                12 + 13 * 7,
                dots.stream()
                        .filter(d -> d.cx() == 150)
                        .mapToInt(TeamView.Dot::cy)
                        .max()
                        .orElseThrow());
    }
}

package org.peerbot.app.converse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One scripted conversation and what a good peer listener would do at each turn.
 *
 * @param name             unique within the suite
 * @param region           directory pack ("uk" unless given)
 * @param volunteersOnDuty a volunteer is on duty before the member writes
 * @param turns            the member's messages, each with the checks on the bot's whole reply to it
 */
record Scenario(String name, String region, boolean volunteersOnDuty, List<Turn> turns) {

    /**
     * One member message and the checks on the reply.
     *
     * @param say      what the member writes
     * @param any      groups of words: the reply contains at least one of each group (case-insensitive); in YAML
     *                 {@code any: [a, b]} is one group and {@code any: [[a, b], [c, d]]} two
     * @param all      the reply contains every one
     * @param none     the reply contains none
     * @param question true: the reply ends in a question; false: it does not; null: either
     * @param echo     the reply gives back at least one of these of the member's own words
     * @param crisis   true: the reply carries the region's emergency number; false: it does not; null: either
     * @param fullBlock true: the reply carries the full list of contacts (three or more listed lines); false: not
     */
    record Turn(String say, List<List<String>> any, List<String> all, List<String> none, Boolean question,
                List<String> echo, Boolean crisis, Boolean fullBlock) {
    }

    /** Reads one scenario from its parsed YAML; names the scenario and the key when something is wrong. */
    @SuppressWarnings("unchecked")
    static Scenario from(Map<String, Object> tree, String source) {
        Object name = tree.get("name");
        if (!(name instanceof String n) || n.isBlank()) {
            throw new IllegalArgumentException(source + ": a scenario has no name");
        }
        Object rawTurns = tree.get("turns");
        if (!(rawTurns instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException(source + ": scenario '" + n + "' has no turns");
        }
        List<Turn> turns = new ArrayList<>();
        for (Object o : list) {
            Map<String, Object> t = o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of("say", String.valueOf(o));
            Object say = t.get("say");
            if (!(say instanceof String text)) {
                throw new IllegalArgumentException(source + ": scenario '" + n + "' has a turn with no 'say' text (quote words YAML reads as true or false: \"yes\", \"no\", \"on\", \"off\")");
            }
            Map<String, Object> e = t.get("expect") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            for (String key : e.keySet()) {
                if (!List.of("any", "all", "none", "question", "echo", "crisis", "full_block").contains(key)) {
                    throw new IllegalArgumentException(source + ": scenario '" + n + "' has an unknown check '" + key
                            + "'; use any, all, none, question, echo, crisis or full_block");
                }
            }
            turns.add(new Turn(text, groups(e.get("any")), strings(e.get("all")), strings(e.get("none")),
                    (Boolean) e.get("question"), strings(e.get("echo")), (Boolean) e.get("crisis"),
                    (Boolean) e.get("full_block")));
        }
        String region = tree.get("region") instanceof String r ? r : "uk";
        return new Scenario(n, region, Boolean.TRUE.equals(tree.get("volunteers_on_duty")), List.copyOf(turns));
    }

    private static List<List<String>> groups(Object o) {
        if (o instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(x -> x instanceof List<?>)) {
            return l.stream().map(Scenario::strings).toList();
        }
        List<String> one = strings(o);
        return one.isEmpty() ? List.of() : List.of(one);
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(o));
    }
}

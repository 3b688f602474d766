package org.peerbot.core.turn;

import java.util.List;

/**
 * Stable, friendly, non-identifying names for members, derived from the conversation's keyed hash:
 * volunteers never see a platform identity.
 */
final class Pseudonyms {

    private static final List<String> NAMES = List.of("Robin", "Wren", "Finch", "Lark", "Heron", "Otter", "Maple",
            "Willow", "Rowan", "Hazel", "Aspen", "Cedar", "Birch", "Linden", "Sparrow", "Kestrel", "Badger", "Fern",
            "Brook", "River", "Poppy", "Juniper", "Holly", "Ivy", "Sky", "Sage", "Moss", "Clover", "Piper", "Wren");

    private Pseudonyms() {
    }

    static String of(String key) {
        int h = key.hashCode();
        String name = NAMES.get(Math.floorMod(h, NAMES.size()));
        int number = Math.floorMod(h / NAMES.size(), 90) + 10;
        return name + " " + number;
    }
}

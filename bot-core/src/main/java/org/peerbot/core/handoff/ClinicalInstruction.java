package org.peerbot.core.handoff;

import java.util.Locale;
import java.util.regex.Pattern;
import org.peerbot.core.wording.Safety;

/**
 * Whether a volunteer's message tells the member what to do about a medicine: a dose, or starting,
 * stopping, skipping or changing one (safety rule 14, docs/safety-rules.md). Kind words that only mention care or treatment
 * ("take care of yourself", "I hope the new medicine helps", "did your GP change your tablets?") are not
 * instructions, so the volunteer is not nudged for them.
 */
final class ClinicalInstruction {

    private static final String MEDICINE = "(?:meds?|medicines?|medications?|tablets?|pills?|doses?|dosage|insulin"
            + "|antidepressants?|inhalers?|prescriptions?|steroids?|painkillers?|paracetamol|ibuprofen"
            + "|sertraline|citalopram|fluoxetine|metformin|codeine|morphine|diazepam|lithium|antibiotics?)";

    private static final String ACTION = "(?:take|taking|stop|stopping|start|starting|come off|coming off|get off"
            + "|up|upping|increase|increasing|lower|lowering|reduce|reducing|cut down|cut back|double|doubling"
            + "|skip|skipping|halve|halving|switch|switching|change|changing|miss|missing|drop|dropping|try|add)";

    /** Advice openers: "you should", "I'd", "maybe", "just", or the action word itself opening a sentence. */
    private static final String ADVICE = "(?:you should|you could|you need to|you must|you ought to|you might want to"
            + "|i would|i'd|if i were you|why not|why don't you|maybe|perhaps|just|better to|best to|try to"
            + "|don't|do not|never|have you thought about|it's fine to|it is fine to|it's ok to|it's okay to)";

    private static final Pattern INSTRUCTION = Pattern.compile(
            "(?:\\b" + ADVICE + "|(?:^|[.!?]\\s*)(?=" + ACTION + "\\b))[^.!?]{0,40}?\\b" + ACTION
                    + "\\b[^.!?]{0,40}?\\b" + MEDICINE + "\\b"
                    + "|\\b(?:more|fewer|extra|another|less|half a|two|three)\\s+" + MEDICINE + "\\b");

    private ClinicalInstruction() {
    }

    static boolean in(String text) {
        if (text == null) {
            return false;
        }
        return Safety.DOSE.matcher(text).find() || INSTRUCTION.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}

package org.vigil.extract;

import java.util.OptionalInt;

/**
 * The victim figures one sentence states: killed and injured, each empty when the sentence gives no
 * number; whether it names them only vaguely ("scores", "dozens"), which still means "no number"; and
 * whether it speaks of one victim without a number ("the mayor was murdered"), which counts only
 * where no sentence gives a figure.
 */
public record Casualties(OptionalInt killed, OptionalInt injured, boolean killedVague, boolean injuredVague,
                         boolean oneKilled, boolean oneInjured) {
    public static final Casualties NONE = new Casualties(OptionalInt.empty(), OptionalInt.empty(), false, false, false, false);

    public boolean isEmpty() {
        return killed.isEmpty() && injured.isEmpty() && !killedVague && !injuredVague && !oneKilled && !oneInjured;
    }
}

package org.vigil.extract;

import java.util.OptionalInt;

/**
 * The victim figures one sentence states: killed and injured, each empty when the sentence gives no
 * number, and whether it names them only vaguely ("scores", "dozens"), which still means "no number".
 */
public record Casualties(OptionalInt killed, OptionalInt injured, boolean killedVague, boolean injuredVague) {
    public static final Casualties NONE = new Casualties(OptionalInt.empty(), OptionalInt.empty(), false, false);

    public boolean isEmpty() {
        return killed.isEmpty() && injured.isEmpty() && !killedVague && !injuredVague;
    }
}

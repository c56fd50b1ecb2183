package org.vigil.cli;

/** The vigil command line: builds every stage with {@code new} and runs the chosen subcommand. */
public final class Vigil {
    public static void main(String[] args) {
        System.out.println("Vigil");
    }
}

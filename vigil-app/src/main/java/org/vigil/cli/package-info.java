/**
 * The {@code vigil} command line: {@link org.vigil.cli.Vigil} registers the subcommands and
 * {@link org.vigil.cli.Components} builds every stage once, with {@code new}, when a command first
 * needs it. Commands only parse options, call the stages of {@code vigil-core} and print.
 */
package org.vigil.cli;

package org.vigil.nlp;

/** How much of a calendar date a text states: a year, a month or a day. */
public enum DatePrecision { YEAR, MONTH, DAY }

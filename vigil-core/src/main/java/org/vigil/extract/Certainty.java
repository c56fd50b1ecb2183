package org.vigil.extract;

/** How firmly the article states the incident or its attribution. */
public enum Certainty { STATED, REPORTED, ALLEGED, DENIED }

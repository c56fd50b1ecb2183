package org.vigil.store;

/** What saving an article did: stored it new, found it already stored as is, or replaced its older text and mentions. */
public enum SaveOutcome { ADDED, UNCHANGED, UPDATED }

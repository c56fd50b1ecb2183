package org.vigil.extract;

/** Whether an attack happened, was attempted and failed, or was stopped before it began. */
public enum IncidentStatus { COMPLETED, ATTEMPTED, FOILED }

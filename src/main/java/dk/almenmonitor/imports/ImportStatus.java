package dk.almenmonitor.imports;

/** Whether a file was imported (all of it) or rejected (nothing stored). */
public enum ImportStatus { IMPORTED, REJECTED }
